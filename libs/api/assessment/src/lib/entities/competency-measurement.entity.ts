import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** History of measured levels; a person's profile is the latest row per competency. */
@Entity({ name: 'competency_measurement' })
export class CompetencyMeasurementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'competency_code', type: 'text' })
  competencyCode!: string;

  @Column({ type: 'int' })
  level!: number;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @Column({ name: 'methodology_version_id', type: 'uuid' })
  methodologyVersionId!: string;

  @Column({ name: 'measured_at', type: 'timestamptz' })
  measuredAt!: Date;
}

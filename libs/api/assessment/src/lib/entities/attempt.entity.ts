import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttemptStatus } from '@civics/contracts';

/** One sitting of a template by a person; the server owns its clock (`deadline`). */
@Entity({ name: 'attempt' })
export class AttemptEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @Column({ name: 'methodology_version_id', type: 'uuid' })
  methodologyVersionId!: string;

  /** The person's position when the attempt started; results are compared with its profile. */
  @Column({ name: 'position_code', type: 'text', nullable: true })
  positionCode!: string | null;

  @Column({ type: 'int' })
  seed!: number;

  @Column({ type: 'text' })
  status!: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'scored_at', type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  /** The attestation session the attempt was taken in (attestation forms open only through one). */
  @Column({ name: 'attestation_session_id', type: 'uuid', nullable: true })
  attestationSessionId!: string | null;
}

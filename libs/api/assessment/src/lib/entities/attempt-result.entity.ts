import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'attempt_result' })
export class AttemptResultEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @PrimaryColumn({ name: 'competency_code', type: 'text' })
  competencyCode!: string;

  @Column({ type: 'double precision' })
  earned!: number;

  @Column({ type: 'double precision' })
  possible!: number;

  @Column({ name: 'achieved_level', type: 'int' })
  achievedLevel!: number;

  /** IRT scoring (adaptive attempts): θ̂ and its standard error. */
  @Column({ type: 'double precision', nullable: true })
  theta?: number | null;

  @Column({ type: 'double precision', nullable: true })
  se?: number | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalibrationProposalItem } from '@civics/contracts';

/** A 2PL calibration of one competency's items: a proposal until a methodologist accepts or rejects it. */
@Entity({ name: 'calibration_run' })
export class CalibrationRunEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'competency_code', type: 'text' })
  competencyCode!: string;

  @Column({ type: 'text' })
  status!: 'proposed' | 'accepted' | 'rejected';

  @Column({ type: 'int' })
  persons!: number;

  @Column({ type: 'boolean' })
  converged!: boolean;

  @Column({ type: 'int' })
  iterations!: number;

  @Column({ name: 'log_likelihood', type: 'double precision' })
  logLikelihood!: number;

  @Column({ type: 'jsonb' })
  items!: CalibrationProposalItem[];

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}

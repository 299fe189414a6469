import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The delivered sequence: which item at which position, with its option order. */
@Entity({ name: 'attempt_item' })
export class AttemptItemEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  /** Option ids in the order this candidate sees them (null: as authored). */
  @Column({ name: 'option_order', type: 'jsonb', nullable: true })
  optionOrder!: string[] | null;

  /** Adaptive attempts: set when the next item was given; a locked answer no longer changes. */
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt?: Date | null;

  /** Adaptive trail: θ̂ of the item's competency when it was chosen. */
  @Column({ name: 'theta_before', type: 'double precision', nullable: true })
  thetaBefore?: number | null;

  @Column({ type: 'double precision', nullable: true })
  credit?: number | null;

  @Column({ name: 'theta_after', type: 'double precision', nullable: true })
  thetaAfter?: number | null;

  @Column({ name: 'se_after', type: 'double precision', nullable: true })
  seAfter?: number | null;

  @Column({ name: 'stop_reason', type: 'text', nullable: true })
  stopReason?: string | null;
}

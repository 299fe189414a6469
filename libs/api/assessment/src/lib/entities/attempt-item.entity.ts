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
}

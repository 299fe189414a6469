import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IrtParameters, ItemContent, ItemStatus, ItemType } from '@civics/contracts';

/** One version of an item; a version used in an attempt is never changed. */
@Entity({ name: 'item' })
export class ItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stable identity across versions. */
  @Column({ type: 'text' })
  ref!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: ItemStatus;

  @Column({ type: 'text' })
  type!: ItemType;

  @Column({ name: 'competency_code', type: 'text' })
  competencyCode!: string;

  @Column({ type: 'int' })
  level!: number;

  @Column({ type: 'jsonb' })
  content!: ItemContent;

  @Column({ type: 'jsonb', nullable: true })
  irt!: IrtParameters | null;

  @Column({ name: 'author_account_id', type: 'uuid', nullable: true })
  authorAccountId!: string | null;

  @Column({ name: 'reviewer_account_id', type: 'uuid', nullable: true })
  reviewerAccountId!: string | null;

  /** Why the item was sent back to review; cleared when it is reviewed again. */
  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'usage_count', type: 'int', default: 0 })
  usageCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '@civics/contracts';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  kind!: 'agency' | 'department' | 'unit';

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  /** Materialised path of ids from the root, `/root/…/self/`, for subtree scope checks. */
  @Column({ type: 'text' })
  path!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

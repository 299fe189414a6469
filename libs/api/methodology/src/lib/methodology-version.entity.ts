import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContentText, LegalBasis, MethodologyContent, MethodologyStatus } from '@civics/contracts';

/**
 * One version of the methodology. The content is one JSON document: a version is edited as a
 * whole while a draft and never changes once approved (a trigger refuses it).
 */
@Entity({ name: 'methodology_version' })
export class MethodologyVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ type: 'jsonb' })
  title!: ContentText;

  @Column({ type: 'text' })
  status!: MethodologyStatus;

  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent!: boolean;

  @Column({ name: 'legal_basis', type: 'jsonb', nullable: true })
  legalBasis!: LegalBasis | null;

  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Column({ name: 'based_on_id', type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @Column({ type: 'jsonb' })
  content!: MethodologyContent;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'approved_by_account_id', type: 'uuid', nullable: true })
  approvedByAccountId!: string | null;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'retire_reason', type: 'text', nullable: true })
  retireReason!: string | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

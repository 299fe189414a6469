import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdaptiveSettings, AssessmentMode, AssessmentPurpose, Blueprint, ContentText } from '@civics/contracts';

@Entity({ name: 'assessment_template' })
export class AssessmentTemplateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'jsonb' })
  title!: ContentText;

  @Column({ type: 'text' })
  purpose!: AssessmentPurpose;

  @Column({ type: 'text' })
  mode!: AssessmentMode;

  @Column({ type: 'jsonb', nullable: true })
  adaptive!: AdaptiveSettings | null;

  @Column({ type: 'jsonb' })
  blueprint!: Blueprint;

  @Column({ name: 'methodology_version_id', type: 'uuid' })
  methodologyVersionId!: string;

  @Column({ name: 'time_limit_minutes', type: 'int' })
  timeLimitMinutes!: number;

  @Column({ name: 'shuffle_items', type: 'boolean' })
  shuffleItems!: boolean;

  @Column({ name: 'shuffle_options', type: 'boolean' })
  shuffleOptions!: boolean;

  @Column({ type: 'text' })
  navigation!: 'free' | 'linear';

  @Column({ name: 'max_attempts', type: 'int' })
  maxAttempts!: number;

  @Column({ name: 'retake_wait_days', type: 'int' })
  retakeWaitDays!: number;

  @Column({ name: 'allow_review', type: 'boolean' })
  allowReview!: boolean;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

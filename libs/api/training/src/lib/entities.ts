import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Table mappings of the training feature (the repository mostly speaks SQL; these register the tables). */

@Entity({ name: 'training_provider' })
export class TrainingProviderEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'jsonb' }) name!: unknown;
  @Column({ type: 'jsonb', nullable: true }) description!: unknown;
  @Column({ type: 'jsonb' }) accreditation!: unknown;
  @Column({ type: 'jsonb' }) specialisations!: string[];
  @Column({ type: 'jsonb' }) contacts!: unknown;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'course' })
export class CourseEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'provider_id', type: 'uuid' }) providerId!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'jsonb' }) title!: unknown;
  @Column({ type: 'jsonb' }) description!: unknown;
  @Column({ type: 'jsonb' }) targets!: unknown;
  @Column({ type: 'text' }) format!: string;
  @Column({ type: 'numeric' }) hours!: string;
  @Column({ type: 'jsonb' }) languages!: string[];
  @Column({ type: 'jsonb' }) modules!: unknown;
  @Column({ name: 'price_azn', type: 'numeric', nullable: true }) priceAzn!: string | null;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'review_comment', type: 'text', nullable: true }) reviewComment!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'reviewed_by_account_id', type: 'uuid', nullable: true }) reviewedByAccountId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'course_session' })
export class CourseSessionEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'course_id', type: 'uuid' }) courseId!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ type: 'text' }) language!: string;
  @Column({ type: 'text', nullable: true }) place!: string | null;
  @Column({ name: 'online_url', type: 'text', nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'int' }) capacity!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'development_plan' })
export class DevelopmentPlanEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'plan_item' })
export class PlanItemEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'competency_code', type: 'text' }) competencyCode!: string;
  @Column({ name: 'from_level', type: 'int' }) fromLevel!: number;
  @Column({ name: 'target_level', type: 'int' }) targetLevel!: number;
  @Column({ name: 'course_id', type: 'uuid', nullable: true }) courseId!: string | null;
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_level', type: 'int', nullable: true }) closedLevel!: number | null;
  @Column({ name: 'last_reminded_on', type: 'date', nullable: true }) lastRemindedOn!: string | null;
}

@Entity({ name: 'enrolment' })
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'plan_item_id', type: 'uuid', nullable: true }) planItemId!: string | null;
  @Column({ type: 'numeric', nullable: true }) score!: string | null;
  @Column({ type: 'text', nullable: true }) evidence!: string | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey!: string;
  @Column({ type: 'jsonb' }) text!: unknown;
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}

@Entity({ name: 'xapi_statement' })
export class XapiStatementEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'provider_id', type: 'uuid' }) providerId!: string;
  @Column({ type: 'text' }) verb!: string;
  @Column({ type: 'jsonb' }) statement!: unknown;
  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @Column({ name: 'stored_at', type: 'timestamptz' }) storedAt!: Date;
}

@Entity({ name: 'library_resource' })
export class LibraryResourceEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb' }) title!: unknown;
  @Column({ type: 'jsonb', nullable: true }) summary!: unknown;
  @Column({ type: 'jsonb' }) competencies!: string[];
  @Column({ type: 'jsonb' }) languages!: string[];
  @Column({ type: 'text' }) url!: string;
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export const TRAINING_ENTITIES = [
  TrainingProviderEntity,
  CourseEntity,
  CourseSessionEntity,
  DevelopmentPlanEntity,
  PlanItemEntity,
  EnrolmentEntity,
  NotificationEntity,
  XapiStatementEntity,
  LibraryResourceEntity,
];

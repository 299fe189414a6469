import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Table mappings of the attestation feature (the repository speaks SQL; these register the tables). */

@Entity({ name: 'attestation_session' })
export class AttestationSessionEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text', nullable: true }) place!: string | null;
  @Column({ name: 'online_url', type: 'text', nullable: true }) onlineUrl!: string | null;
  @Column({ name: 'template_id', type: 'uuid' }) templateId!: string;
  @Column({ name: 'methodology_version_id', type: 'uuid' }) methodologyVersionId!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true }) createdByAccountId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_by_account_id', type: 'uuid', nullable: true }) closedByAccountId!: string | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
}

@Entity({ name: 'attestation_member' })
export class AttestationMemberEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'boolean' }) chair!: boolean;
}

@Entity({ name: 'attestation_candidate' })
export class AttestationCandidateEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ name: 'due_reasons', type: 'jsonb' }) dueReasons!: string[];
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'attempt_id', type: 'uuid', nullable: true }) attemptId!: string | null;
  @Column({ type: 'int' }) round!: number;
  @Column({ name: 'absent_at', type: 'timestamptz', nullable: true }) absentAt!: Date | null;
  @Column({ name: 'appeal_reason', type: 'text', nullable: true }) appealReason!: string | null;
  @Column({ name: 'appealed_at', type: 'timestamptz', nullable: true }) appealedAt!: Date | null;
}

@Entity({ name: 'attestation_vote' })
export class AttestationVoteEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' }) candidateId!: string;
  @PrimaryColumn({ type: 'int' }) round!: number;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) outcome!: string;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}

@Entity({ name: 'attestation_decision' })
export class AttestationDecisionEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' }) candidateId!: string;
  @PrimaryColumn({ type: 'int' }) round!: number;
  @Column({ type: 'text' }) outcome!: string;
  @Column({ type: 'text' }) recommendation!: string;
  @Column({ type: 'text', nullable: true }) justification!: string | null;
  @Column({ type: 'jsonb' }) evidence!: unknown;
  @Column({ type: 'jsonb' }) votes!: unknown;
  @Column({ name: 'methodology_version_id', type: 'uuid' }) methodologyVersionId!: string;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true }) decidedByAccountId!: string | null;
  @Column({ name: 'training_deadline', type: 'date', nullable: true }) trainingDeadline!: string | null;
  @Column({ name: 'retake_on', type: 'date', nullable: true }) retakeOn!: string | null;
  @Column({ name: 'plan_id', type: 'uuid', nullable: true }) planId!: string | null;
}

export const ATTESTATION_ENTITIES = [
  AttestationSessionEntity,
  AttestationMemberEntity,
  AttestationCandidateEntity,
  AttestationVoteEntity,
  AttestationDecisionEntity,
];

import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from './language';
import { ContentTextSchema } from './methodology';

/* Attestation sessions, candidates, votes, decisions and appeals (DESIGN.md §3, §4). */

const Instant = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();
const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** The three decisions of DESIGN.md §4 (the same values as `ATTESTATION_OUTCOMES` in @civics/domain). */
export const DECISION_OUTCOMES = ['meets', 'meets_subject_to_training', 'does_not_meet'] as const;
export const DecisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * `scheduled` before the window, `open` inside it, `closed` when the window has ended (or every
 * candidate has finished) and the commission deliberates, `decided` once the chair closed it.
 */
export const SESSION_STATUSES = ['scheduled', 'open', 'closed', 'decided', 'cancelled'] as const;
export const SessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const CANDIDATE_STATUSES = ['invited', 'in_progress', 'attempted', 'absent', 'decided', 'appealed'] as const;
export const CandidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;

/** Why a person is proposed as a candidate (see `dueReasons` in @civics/domain). */
export const DUE_REASONS = [
  'no_certificate',
  'certificate_expiring',
  'new_in_position',
  'training_deadline_reached',
  'retake_due',
] as const;
export const DueReasonSchema = z.enum(DUE_REASONS);
export type DueReason = z.infer<typeof DueReasonSchema>;

/* ---------- scheduling ---------- */

export const SessionCreateSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(200),
    organisationId: z.uuid(),
    startsAt: Instant,
    endsAt: Instant,
    place: z.string().trim().min(1).max(500).nullable().default(null),
    onlineUrl: z.url().max(500).nullable().default(null),
    templateId: z.uuid(),
    memberAccountIds: z.array(z.uuid()).min(1).max(25).refine(unique, { message: 'Each member once' }),
    chairAccountId: z.uuid(),
    candidatePersonIds: z.array(z.uuid()).min(1).max(300).refine(unique, { message: 'Each candidate once' }),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: 'The window ends after it starts', path: ['endsAt'] })
  .refine((s) => s.place !== null || s.onlineUrl !== null, { message: 'Give a place or an online link', path: ['place'] })
  .refine((s) => s.memberAccountIds.includes(s.chairAccountId), {
    message: 'The chair is one of the commission members',
    path: ['chairAccountId'],
  });
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

export const SessionListQuerySchema = z.strictObject({
  /** Sessions whose window ends on or after this date. */
  from: IsoDate.optional(),
  /** Sessions whose window starts on or before this date. */
  to: IsoDate.optional(),
  organisationId: z.uuid().optional(),
});
export type SessionListQuery = z.infer<typeof SessionListQuerySchema>;

export const DueCandidatesQuerySchema = z.strictObject({
  organisationId: z.uuid().optional(),
  /** A certificate expiring within this many days makes its holder due. */
  withinDays: z.coerce.number().int().min(1).max(730).default(90),
});
export type DueCandidatesQuery = z.infer<typeof DueCandidatesQuerySchema>;

export const DueCandidateSchema = z.object({
  personId: z.uuid(),
  personName: z.string(),
  personalCode: z.string(),
  organisationId: z.uuid(),
  organisationName: LocalizedTextSchema,
  positionCode: z.string(),
  positionTitle: z.string(),
  reasons: z.array(DueReasonSchema),
  certificateSerial: z.string().nullable(),
  certificateValidUntil: IsoDate.nullable(),
  trainingDeadline: IsoDate.nullable(),
  retakeOn: IsoDate.nullable(),
});
export type DueCandidate = z.infer<typeof DueCandidateSchema>;

export const CommissionAccountSchema = z.object({
  accountId: z.uuid(),
  username: z.string(),
  name: z.string(),
});
export type CommissionAccount = z.infer<typeof CommissionAccountSchema>;

/* ---------- sessions ---------- */

export const CandidateCountsSchema = z.object({
  total: z.number().int(),
  invited: z.number().int(),
  inProgress: z.number().int(),
  attempted: z.number().int(),
  absent: z.number().int(),
  decided: z.number().int(),
  appealed: z.number().int(),
});

export const SessionSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  organisationId: z.uuid(),
  organisationName: LocalizedTextSchema,
  startsAt: Instant,
  endsAt: Instant,
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  templateId: z.uuid(),
  templateTitle: ContentTextSchema,
  timeLimitMinutes: z.number().int(),
  methodologyVersionId: z.uuid(),
  status: SessionStatusSchema,
  members: z.number().int(),
  chairName: z.string(),
  candidates: CandidateCountsSchema,
  /** The caller's part in the commission, if any. */
  myRole: z.enum(['chair', 'member']).nullable(),
  closedAt: Instant.nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const EvidenceCompetencySchema = z.object({
  competencyCode: z.string(),
  title: ContentTextSchema,
  required: z.number().int(),
  achieved: z.number().int(),
  gap: z.number().int(),
  weight: z.number(),
  critical: z.boolean(),
});

/** What the commission sees for a candidate: levels, gaps, CI and the computed recommendation. */
export const EvidenceSchema = z.object({
  attemptId: z.uuid(),
  methodologyVersionId: z.uuid(),
  positionCode: z.string().nullable(),
  complianceIndex: z.number(),
  recommendation: DecisionOutcomeSchema,
  reasons: z.array(z.string()),
  criticalNotMet: z.array(z.string()),
  gapsAboveTolerance: z.array(z.string()),
  rules: z.object({
    complianceThreshold: z.number(),
    criticalMustBeMet: z.boolean(),
    maxToleratedGap: z.number().int(),
  }),
  competencies: z.array(EvidenceCompetencySchema),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const VoteSchema = z.object({
  accountId: z.uuid(),
  memberName: z.string(),
  round: z.number().int(),
  outcome: DecisionOutcomeSchema,
  comment: z.string().nullable(),
  castAt: Instant,
});
export type Vote = z.infer<typeof VoteSchema>;

export const DecisionSchema = z.object({
  round: z.number().int(),
  outcome: DecisionOutcomeSchema,
  recommendation: DecisionOutcomeSchema,
  justification: z.string().nullable(),
  votes: z.object({ meets: z.number().int(), meets_subject_to_training: z.number().int(), does_not_meet: z.number().int() }),
  decidedAt: Instant,
  decidedByName: z.string(),
  methodologyVersionId: z.uuid(),
  /** Meets subject to training: the development plan's deadline. */
  trainingDeadline: IsoDate.nullable(),
  /** Does not meet: the earliest re-attestation date. */
  retakeOn: IsoDate.nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const AppealSchema = z.object({
  reason: z.string(),
  appealedAt: Instant,
});

export const CandidateSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  personalCode: z.string(),
  positionCode: z.string(),
  positionTitle: z.string(),
  status: CandidateStatusSchema,
  dueReasons: z.array(DueReasonSchema),
  round: z.number().int(),
  attemptId: z.uuid().nullable(),
  attemptStatus: z.string().nullable(),
  evidence: EvidenceSchema.nullable(),
  votes: z.array(VoteSchema),
  votesNeeded: z.number().int(),
  myVote: DecisionOutcomeSchema.nullable(),
  decision: DecisionSchema.nullable(),
  /** Earlier rounds' decisions (before an appeal reopened the candidate). */
  history: z.array(DecisionSchema),
  appeal: AppealSchema.nullable(),
  certificateSerial: z.string().nullable(),
  certificatePending: z.boolean(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const SessionMemberSchema = z.object({
  accountId: z.uuid(),
  name: z.string(),
  chair: z.boolean(),
});

export const SessionDetailSchema = SessionSummarySchema.extend({
  quorum: z.object({ fraction: z.number(), members: z.number().int(), votesNeeded: z.number().int() }),
  commission: z.array(SessionMemberSchema),
  candidateList: z.array(CandidateSchema),
  /** Days after a decision during which the candidate may appeal. */
  appealDays: z.number().int(),
});
export type SessionDetail = z.infer<typeof SessionDetailSchema>;

export const PipelineSchema = z.object({
  due: z.number().int(),
  sessions: z.object({
    scheduled: z.number().int(),
    open: z.number().int(),
    closed: z.number().int(),
    decided: z.number().int(),
  }),
  candidates: z.object({
    invited: z.number().int(),
    inProgress: z.number().int(),
    awaitingDecision: z.number().int(),
    appealed: z.number().int(),
    absent: z.number().int(),
    meets: z.number().int(),
    meetsSubjectToTraining: z.number().int(),
    doesNotMeet: z.number().int(),
  }),
});
export type Pipeline = z.infer<typeof PipelineSchema>;

/* ---------- deciding ---------- */

export const VoteInputSchema = z.strictObject({
  outcome: DecisionOutcomeSchema,
  comment: z.string().trim().max(2000).nullable().default(null),
});
export type VoteInput = z.infer<typeof VoteInputSchema>;

/** The chair records the commission's decision; one differing from the recommendation needs a justification. */
export const DecisionInputSchema = z.strictObject({
  justification: z.string().trim().max(4000).nullable().default(null),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** Shortest justification of a decision that differs from the recommendation. */
export const MIN_JUSTIFICATION_LENGTH = 20;

export const AppealInputSchema = z.strictObject({
  reason: z.string().trim().min(20, 'Explain the appeal in at least 20 characters').max(4000),
});
export type AppealInput = z.infer<typeof AppealInputSchema>;

export const ProtocolQuerySchema = z.strictObject({ lang: LanguageSchema.default('az') });

/* ---------- the candidate's own view ---------- */

export const MyAttestationSchema = z.object({
  candidateId: z.uuid(),
  session: SessionSummarySchema.omit({ candidates: true, myRole: true }),
  status: CandidateStatusSchema,
  attemptId: z.uuid().nullable(),
  attemptStatus: z.string().nullable(),
  /** Inside the window, not yet finished: the candidate may start or resume the exam now. */
  canStart: z.boolean(),
  evidence: EvidenceSchema.nullable(),
  decision: DecisionSchema.nullable(),
  appeal: AppealSchema.nullable(),
  /** Last day an appeal is accepted (null before a decision). */
  appealUntil: Instant.nullable(),
  canAppeal: z.boolean(),
  certificateSerial: z.string().nullable(),
  certificatePending: z.boolean(),
});
export type MyAttestation = z.infer<typeof MyAttestationSchema>;

import { z } from 'zod';
import { CODE_PATTERN, ContentTextSchema } from './methodology';
import { AnswerSchema, InteractionSchema, ITEM_TYPES } from './items';

export const ASSESSMENT_PURPOSES = ['diagnostic', 'attestation', 'pre_training', 'post_training'] as const;
export type AssessmentPurpose = (typeof ASSESSMENT_PURPOSES)[number];

/**
 * Which items a form holds: for each competency (from the person's position profile, or a chosen
 * set) and each level up to the required one (or every level), `itemsPerCell` items.
 */
export const BlueprintSchema = z.strictObject({
  source: z.enum(['position_profile', 'chosen']),
  competencies: z.array(z.string().regex(CODE_PATTERN)).max(100).optional(),
  levels: z.enum(['up_to_required', 'all']).default('all'),
  itemsPerCell: z.number().int().min(1).max(10),
});
export type Blueprint = z.infer<typeof BlueprintSchema>;

export const ASSESSMENT_MODES = ['fixed', 'adaptive'] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/** Stopping rules of an adaptive template, per competency (DESIGN.md §5). */
export const AdaptiveSettingsSchema = z.strictObject({
  /** Most items asked per competency. */
  itemCap: z.number().int().min(2).max(40).default(12),
  /** Fewest items asked per competency before a classification stop. */
  minItems: z.number().int().min(1).max(10).default(3),
  /** Stop a competency when the standard error of θ̂ falls to this. */
  seTarget: z.number().min(0.15).max(1.5).default(0.35),
});
export type AdaptiveSettings = z.infer<typeof AdaptiveSettingsSchema>;

const TemplateFieldsSchema = z.strictObject({
  title: ContentTextSchema,
  purpose: z.enum(ASSESSMENT_PURPOSES),
  mode: z.enum(ASSESSMENT_MODES).default('fixed'),
  /** Used in adaptive mode; defaults apply when absent. */
  adaptive: AdaptiveSettingsSchema.nullable().default(null),
  blueprint: BlueprintSchema,
  timeLimitMinutes: z.number().int().min(1).max(600),
  shuffleItems: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  navigation: z.enum(['free', 'linear']).default('free'),
  maxAttempts: z.number().int().min(1).max(100).default(3),
  retakeWaitDays: z.number().int().min(0).max(365).default(0),
  allowReview: z.boolean().default(true),
  active: z.boolean().default(true),
});

/** Attestation forms are fixed so that they are defensible on appeal (DESIGN.md §5). */
export const TemplateInputSchema = TemplateFieldsSchema.superRefine((t, ctx) => {
  if (t.mode === 'adaptive' && t.purpose === 'attestation')
    ctx.addIssue({ code: 'custom', path: ['mode'], message: 'Attestation templates use a fixed form' });
  if (t.adaptive && t.adaptive.minItems > t.adaptive.itemCap)
    ctx.addIssue({ code: 'custom', path: ['adaptive', 'minItems'], message: 'minItems must not exceed itemCap' });
});
export type TemplateInput = z.infer<typeof TemplateInputSchema>;

export const TemplateSchema = TemplateFieldsSchema.extend({
  id: z.uuid(),
  methodologyVersionId: z.uuid(),
  createdAt: z.iso.datetime(),
});
export type Template = z.infer<typeof TemplateSchema>;

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'expired', 'scored'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export const StartAttemptSchema = z.strictObject({ templateId: z.uuid() });

/** An item as delivered to the candidate: no key; options in the attempt's shuffled order. */
export const DeliveredItemSchema = z.object({
  itemId: z.uuid(),
  position: z.number().int(),
  competencyCode: z.string(),
  type: z.enum(ITEM_TYPES),
  stem: ContentTextSchema,
  interaction: InteractionSchema,
  scenario: z.object({ title: ContentTextSchema, text: ContentTextSchema }).nullable(),
});
export type DeliveredItem = z.infer<typeof DeliveredItemSchema>;

export const SavedResponseSchema = z.object({
  itemId: z.uuid(),
  answer: AnswerSchema.nullable(),
  seq: z.number().int(),
  flagged: z.boolean(),
  savedAt: z.iso.datetime(),
});
export type SavedResponse = z.infer<typeof SavedResponseSchema>;

export const AttemptSchema = z.object({
  id: z.uuid(),
  templateId: z.uuid(),
  templateTitle: ContentTextSchema,
  purpose: z.enum(ASSESSMENT_PURPOSES),
  methodologyVersionId: z.uuid(),
  status: z.enum(ATTEMPT_STATUSES),
  mode: z.enum(ASSESSMENT_MODES),
  navigation: z.enum(['free', 'linear']),
  startedAt: z.iso.datetime(),
  deadline: z.iso.datetime(),
  /** Server time when this was produced, so the client can correct its clock. */
  serverTime: z.iso.datetime(),
  remainingSeconds: z.number().int(),
  items: z.array(DeliveredItemSchema),
  responses: z.array(SavedResponseSchema),
});
export type Attempt = z.infer<typeof AttemptSchema>;

export const SaveResponseSchema = z.strictObject({
  answer: AnswerSchema.nullable(),
  /** Client sequence number: a newer one wins, a repeated or older one changes nothing. */
  seq: z.number().int().min(0).max(2_147_483_647),
  flagged: z.boolean().default(false),
});
export type SaveResponse = z.infer<typeof SaveResponseSchema>;

export const SaveAckSchema = z.object({
  itemId: z.uuid(),
  /** The sequence number stored now (the request's, or a newer one already stored). */
  storedSeq: z.number().int(),
  applied: z.boolean(),
  savedAt: z.iso.datetime(),
});
export type SaveAck = z.infer<typeof SaveAckSchema>;

export const ResponseParamsSchema = z.strictObject({
  id: z.uuid(),
  itemId: z.uuid(),
});

/** The next item of an adaptive attempt, or `done` when every competency has stopped. */
export const NextItemSchema = z.object({
  done: z.boolean(),
  item: DeliveredItemSchema.nullable(),
  /** Items answered so far (locked once the next one was given). */
  answered: z.number().int(),
  competencies: z.array(z.object({ competencyCode: z.string(), itemsUsed: z.number().int(), finished: z.boolean() })),
});
export type NextItem = z.infer<typeof NextItemSchema>;

export const CompetencyResultSchema = z.object({
  competencyCode: z.string(),
  title: ContentTextSchema,
  achievedLevel: z.number().int(),
  requiredLevel: z.number().int().nullable(),
  gap: z.number().int().nullable(),
  earned: z.number(),
  possible: z.number(),
  /** IRT scoring only: θ̂, its standard error, and the levels its 95% interval spans. */
  theta: z.number().nullable(),
  se: z.number().nullable(),
  levelLow: z.number().int().nullable(),
  levelHigh: z.number().int().nullable(),
});
export type CompetencyResult = z.infer<typeof CompetencyResultSchema>;

export const AdaptiveStepSchema = z.object({
  position: z.number().int(),
  itemId: z.uuid(),
  competencyCode: z.string(),
  /** θ̂ of the competency when the item was chosen. */
  thetaBefore: z.number(),
  /** Credit of the stored answer (null while the item is still open). */
  credit: z.number().nullable(),
  thetaAfter: z.number().nullable(),
  seAfter: z.number().nullable(),
  /** Why the competency stopped after this step, if it did. */
  stopReason: z.string().nullable(),
});
export type AdaptiveStep = z.infer<typeof AdaptiveStepSchema>;

export const ReviewedItemSchema = DeliveredItemSchema.extend({
  answer: AnswerSchema.nullable(),
  credit: z.number(),
  correctAnswer: z.unknown(),
  explanation: ContentTextSchema.nullable(),
});

export const AttemptResultSchema = z.object({
  attemptId: z.uuid(),
  status: z.enum(ATTEMPT_STATUSES),
  scoredAt: z.iso.datetime(),
  methodologyVersionId: z.uuid(),
  positionCode: z.string().nullable(),
  competencies: z.array(CompetencyResultSchema),
  complianceIndex: z.number().nullable(),
  fullyCompliant: z.boolean().nullable(),
  review: z.array(ReviewedItemSchema).nullable(),
  /** Adaptive attempts: every step the engine took, so the result can be explained and reproduced. */
  trail: z.array(AdaptiveStepSchema).nullable(),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

export const ProfileEntrySchema = z.object({
  competencyCode: z.string(),
  title: ContentTextSchema,
  areaCode: z.string(),
  required: z.number().int(),
  achieved: z.number().int(),
  gap: z.number().int(),
  weight: z.number(),
  critical: z.boolean(),
  measuredAt: z.iso.datetime().nullable(),
  sourceAttemptId: z.uuid().nullable(),
});

export const CompetencyProfileSchema = z.object({
  personId: z.uuid(),
  methodologyVersionId: z.uuid(),
  positionCode: z.string(),
  positionTitle: ContentTextSchema.nullable(),
  entries: z.array(ProfileEntrySchema),
  complianceIndex: z.number(),
  fullyCompliant: z.boolean(),
});
export type CompetencyProfile = z.infer<typeof CompetencyProfileSchema>;

import { z } from 'zod';
import { CODE_PATTERN, ContentTextSchema } from './methodology';
import { ITEM_STATUSES, ITEM_TYPES, IrtParametersSchema } from './items';

export const ITEM_FLAGS = ['too-easy', 'too-hard', 'poor-discrimination', 'negative-discrimination', 'weak-distractor'] as const;
export type ItemFlagCode = (typeof ITEM_FLAGS)[number];

export const ItemStatisticsQuerySchema = z.strictObject({
  competencyCode: z.string().regex(CODE_PATTERN).optional(),
  flaggedOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ItemStatisticsQuery = z.infer<typeof ItemStatisticsQuerySchema>;

export const DistractorShareSchema = z.object({
  optionId: z.string(),
  label: ContentTextSchema,
  isKey: z.boolean(),
  count: z.number().int(),
  share: z.number(),
});

/** Classical statistics of one item version from scored attempts (DESIGN.md §5 "Item quality"). */
export const ItemStatisticsRowSchema = z.object({
  itemId: z.uuid(),
  ref: z.string(),
  version: z.number().int(),
  status: z.enum(ITEM_STATUSES),
  type: z.enum(ITEM_TYPES),
  competencyCode: z.string(),
  level: z.number().int(),
  stem: ContentTextSchema,
  /** Scored attempts that presented the item. */
  responses: z.number().int(),
  p: z.number().nullable(),
  pointBiserial: z.number().nullable(),
  /** Share of scored attempts on the item's competency that presented it. */
  exposure: z.number(),
  distractors: z.array(DistractorShareSchema),
  flags: z.array(z.enum(ITEM_FLAGS)),
  irt: IrtParametersSchema.nullable(),
});
export type ItemStatisticsRow = z.infer<typeof ItemStatisticsRowSchema>;

/** Reliability of a fixed template: blueprint slots are the columns, so draws from the same blueprint count as parallel forms. */
export const FormReliabilityRowSchema = z.object({
  templateId: z.uuid(),
  title: ContentTextSchema,
  attempts: z.number().int(),
  items: z.number().int(),
  mean: z.number(),
  sd: z.number(),
  kr20: z.number().nullable(),
  sem: z.number().nullable(),
});
export type FormReliabilityRow = z.infer<typeof FormReliabilityRowSchema>;

export const ItemStatisticsReportSchema = z.object({
  generatedAt: z.iso.datetime(),
  scoredAttempts: z.number().int(),
  /** Below this many responses an item gets no flags (too little evidence). */
  minResponsesForFlags: z.number().int(),
  items: z.array(ItemStatisticsRowSchema),
  forms: z.array(FormReliabilityRowSchema),
});
export type ItemStatisticsReport = z.infer<typeof ItemStatisticsReportSchema>;

export const ReturnToReviewSchema = z.strictObject({
  reason: z.string().trim().min(3).max(1000),
});
export type ReturnToReview = z.infer<typeof ReturnToReviewSchema>;

export const CalibrationReadinessSchema = z.object({
  minSample: z.number().int(),
  competencies: z.array(
    z.object({
      competencyCode: z.string(),
      title: ContentTextSchema,
      activeItems: z.number().int(),
      /** Persons with a scored attempt that presented an active item of the competency. */
      respondents: z.number().int(),
      /** Fewest responses of any active item (each item needs minSample). */
      fewestItemResponses: z.number().int(),
      ready: z.boolean(),
    }),
  ),
});
export type CalibrationReadiness = z.infer<typeof CalibrationReadinessSchema>;

export const CalibrationRunInputSchema = z.strictObject({ competencyCode: z.string().regex(CODE_PATTERN) });
export type CalibrationRunInput = z.infer<typeof CalibrationRunInputSchema>;

export const CalibrationDecisionSchema = z.strictObject({ comment: z.string().trim().max(1000).optional() });
export type CalibrationDecision = z.infer<typeof CalibrationDecisionSchema>;

export const CALIBRATION_STATUSES = ['proposed', 'accepted', 'rejected'] as const;

export const CalibrationProposalItemSchema = z.object({
  itemId: z.uuid(),
  ref: z.string(),
  version: z.number().int(),
  level: z.number().int(),
  current: IrtParametersSchema.nullable(),
  a: z.number(),
  b: z.number(),
  responses: z.number().int(),
  /** Root mean square difference between observed and model proportions correct over θ groups. */
  rmsd: z.number(),
  /** A parameter ended on its bound: the data did not pin it down. */
  atBound: z.boolean(),
  /** The item version created on acceptance. */
  newItemId: z.uuid().nullable(),
});
export type CalibrationProposalItem = z.infer<typeof CalibrationProposalItemSchema>;

export const CalibrationRunSchema = z.object({
  id: z.uuid(),
  competencyCode: z.string(),
  status: z.enum(CALIBRATION_STATUSES),
  persons: z.number().int(),
  converged: z.boolean(),
  iterations: z.number().int(),
  logLikelihood: z.number(),
  items: z.array(CalibrationProposalItemSchema),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  comment: z.string().nullable(),
});
export type CalibrationRun = z.infer<typeof CalibrationRunSchema>;

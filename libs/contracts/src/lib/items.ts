import { z } from 'zod';
import { CODE_PATTERN, ContentTextSchema } from './methodology';
import { LANGUAGES } from './language';

export const ITEM_TYPES = ['single_choice', 'multiple_response', 'true_false', 'ordering', 'matching', 'numeric', 'short_text'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ITEM_STATUSES = ['draft', 'reviewed', 'active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

const OptionId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ and - (max 40)');
export const ChoiceOptionSchema = z.strictObject({
  id: OptionId,
  text: ContentTextSchema,
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** What the candidate sees of an interaction (no key). */
export const InteractionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single_choice'),
    options: z.array(ChoiceOptionSchema).min(2).max(10),
  }),
  z.strictObject({
    type: z.literal('multiple_response'),
    options: z.array(ChoiceOptionSchema).min(2).max(12),
  }),
  z.strictObject({ type: z.literal('true_false') }),
  z.strictObject({
    type: z.literal('ordering'),
    options: z.array(ChoiceOptionSchema).min(2).max(10),
  }),
  z.strictObject({
    type: z.literal('matching'),
    premises: z.array(ChoiceOptionSchema).min(2).max(10),
    responses: z.array(ChoiceOptionSchema).min(2).max(12),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    unit: ContentTextSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('short_text'),
    maxLength: z.number().int().min(1).max(500).default(100),
  }),
]);
export type Interaction = z.infer<typeof InteractionSchema>;

/** The answer key, by type; never sent to a candidate before the attempt is submitted. */
export const AnswerKeySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single_choice'), correct: OptionId }),
  z.strictObject({
    type: z.literal('multiple_response'),
    correct: z.array(OptionId).min(1),
    partialCredit: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('true_false'), correct: z.boolean() }),
  z.strictObject({
    type: z.literal('ordering'),
    order: z.array(OptionId).min(2),
  }),
  z.strictObject({
    type: z.literal('matching'),
    pairs: z.array(z.tuple([OptionId, OptionId])).min(1),
    partialCredit: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    value: z.number().finite(),
    tolerance: z.number().min(0).finite().default(0),
  }),
  /** Accepted answers after normalisation (case, spaces, Azerbaijani/Russian letters kept). */
  z.strictObject({
    type: z.literal('short_text'),
    accepted: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
  }),
]);
export type AnswerKey = z.infer<typeof AnswerKeySchema>;

/** A candidate's answer, by type. */
export const AnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single_choice'), choice: OptionId }),
  z.strictObject({
    type: z.literal('multiple_response'),
    choices: z.array(OptionId).max(12),
  }),
  z.strictObject({ type: z.literal('true_false'), value: z.boolean() }),
  z.strictObject({
    type: z.literal('ordering'),
    order: z.array(OptionId).max(10),
  }),
  z.strictObject({
    type: z.literal('matching'),
    pairs: z.array(z.tuple([OptionId, OptionId])).max(10),
  }),
  z.strictObject({ type: z.literal('numeric'), value: z.number().finite() }),
  z.strictObject({ type: z.literal('short_text'), text: z.string().max(500) }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const IrtParametersSchema = z.strictObject({
  a: z.number().min(0.05).max(5),
  b: z.number().min(-6).max(6),
  c: z.number().min(0).max(0.5).default(0),
  sampleSize: z.number().int().min(0),
});
export type IrtParameters = z.infer<typeof IrtParametersSchema>;

export const ItemContentSchema = z.strictObject({
  competencyCode: z.string().regex(CODE_PATTERN),
  level: z.number().int().min(1).max(10),
  stem: ContentTextSchema,
  interaction: InteractionSchema,
  /** Null for an imported item that came without one: it stays a draft until a key is given. */
  key: AnswerKeySchema.nullable(),
  points: z.number().min(0.5).max(10).default(1),
  /** Shown after submission when the template allows a review. */
  explanation: ContentTextSchema.optional(),
  scenarioId: z.uuid().nullable().default(null),
});
export type ItemContent = z.infer<typeof ItemContentSchema>;

/** An item as the bank stores it: one version of a stable `ref`. */
export const ItemSchema = z.object({
  id: z.uuid(),
  ref: z.string(),
  version: z.number().int(),
  status: z.enum(ITEM_STATUSES),
  type: z.enum(ITEM_TYPES),
  content: ItemContentSchema,
  authorAccountId: z.uuid().nullable(),
  reviewerAccountId: z.uuid().nullable(),
  /** Why the item was sent back to review (item quality), shown to the reviewer. */
  reviewNote: z.string().nullable(),
  irt: IrtParametersSchema.nullable(),
  usageCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Item = z.infer<typeof ItemSchema>;

export const ItemCreateSchema = z.strictObject({
  ref: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/, 'letters, digits, _ . - (max 60)')
    .optional(),
  content: ItemContentSchema,
});
export type ItemCreate = z.infer<typeof ItemCreateSchema>;

export const ItemUpdateSchema = z.strictObject({ content: ItemContentSchema });
export type ItemUpdate = z.infer<typeof ItemUpdateSchema>;

export const ItemListQuerySchema = z.strictObject({
  competencyCode: z.string().regex(CODE_PATTERN).optional(),
  level: z.coerce.number().int().min(1).max(10).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  type: z.enum(ITEM_TYPES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type ItemListQuery = z.infer<typeof ItemListQuerySchema>;

export const ItemTransitionSchema = z.strictObject({
  note: z.string().trim().max(1000).optional(),
});

export const ItemImportReportSchema = z.object({
  imported: z.array(
    z.object({
      file: z.string(),
      itemId: z.uuid(),
      ref: z.string(),
      status: z.enum(ITEM_STATUSES),
      needsKey: z.boolean(),
    }),
  ),
  problems: z.array(
    z.object({
      file: z.string(),
      location: z.string(),
      message: z.string(),
      code: z.string(),
    }),
  ),
});
export type ItemImportReport = z.infer<typeof ItemImportReportSchema>;

export const ItemImportRequestSchema = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(200), content: z.string().min(1).max(900_000) }))
    .min(1)
    .max(200),
  /** For items that do not say which competency and level they measure, or in which language they are written. */
  defaults: z
    .strictObject({ competencyCode: z.string().regex(CODE_PATTERN), level: z.number().int().min(1).max(10), language: z.enum(LANGUAGES) })
    .optional(),
});
export type ItemImportRequest = z.infer<typeof ItemImportRequestSchema>;

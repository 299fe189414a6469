import { z } from 'zod';
import { LANGUAGES } from './language';

/**
 * A content text (framework, profiles) in the platform languages. A draft may lack some
 * languages (an imported English-only framework, say); approval requires all three.
 */
export const ContentTextSchema = z
  .strictObject({
    az: z.string().trim().max(4000).optional(),
    ru: z.string().trim().max(4000).optional(),
    en: z.string().trim().max(4000).optional(),
  })
  .refine((t) => LANGUAGES.some((l) => !!t[l]), {
    message: 'Give the text in at least one language',
  });
export type ContentText = z.infer<typeof ContentTextSchema>;

export const CODE_PATTERN = /^[A-Z][A-Z0-9_.-]{0,39}$/;
const Code = z.string().trim().regex(CODE_PATTERN, 'upper-case letter first, then letters, digits, _ . - (max 40)');

export const ScaleLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(10),
  label: ContentTextSchema,
  descriptor: ContentTextSchema,
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const IndicatorSchema = z.strictObject({
  level: z.number().int().min(1).max(10),
  text: ContentTextSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CompetencySchema = z.strictObject({
  code: Code,
  title: ContentTextSchema,
  description: ContentTextSchema,
  indicators: z.array(IndicatorSchema).max(10),
});
export type Competency = z.infer<typeof CompetencySchema>;

export const AreaSchema = z.strictObject({
  code: Code,
  title: ContentTextSchema,
  description: ContentTextSchema,
  competencies: z.array(CompetencySchema).max(100),
});
export type Area = z.infer<typeof AreaSchema>;

export const RequirementSchema = z.strictObject({
  competencyCode: Code,
  requiredLevel: z.number().int().min(0).max(10),
  weight: z.number().min(0).max(100).default(1),
  critical: z.boolean().default(false),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const PositionProfileSchema = z.strictObject({
  code: Code,
  title: ContentTextSchema,
  description: ContentTextSchema,
  requirements: z.array(RequirementSchema).max(500),
});
export type PositionProfile = z.infer<typeof PositionProfileSchema>;

/** Field meanings: `AttestationRules` in `@civics/domain`. */
export const AttestationRulesSchema = z.strictObject({
  complianceThreshold: z.number().min(0).max(1),
  criticalMustBeMet: z.boolean(),
  maxToleratedGap: z.number().int().min(0).max(10),
  certificateValidityMonths: z.number().int().min(1).max(240),
  retakeWaitingDays: z.number().int().min(0).max(3650),
  trainingDeadlineDays: z.number().int().min(1).max(3650),
  commissionQuorum: z.number().gt(0).max(1),
});
export type AttestationRulesContract = z.infer<typeof AttestationRulesSchema>;

/**
 * Mastery: level ℓ is achieved when at least `masteryThreshold` of the points of its level-ℓ
 * items are earned (and every lower level, when `lowerLevelsRequired`). IRT cuts (θ per level,
 * increasing) apply to calibrated competencies when `irtWhenCalibrated`.
 */
export const ScoringRuleSchema = z.strictObject({
  method: z.literal('mastery'),
  masteryThreshold: z.number().gt(0).max(1),
  lowerLevelsRequired: z.boolean(),
  irtWhenCalibrated: z.boolean(),
  irtCuts: z.array(z.number().min(-6).max(6)).max(10).optional(),
});
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;

export const MethodologyContentSchema = z.strictObject({
  scale: z.array(ScaleLevelSchema).min(1).max(10),
  areas: z.array(AreaSchema).min(1).max(50),
  positionProfiles: z.array(PositionProfileSchema).max(100),
  attestationRules: AttestationRulesSchema,
  scoringRule: ScoringRuleSchema,
});
export type MethodologyContent = z.infer<typeof MethodologyContentSchema>;

export const LegalBasisSchema = z.strictObject({
  documentType: z.enum(['decision', 'order', 'decree']),
  number: z.string().trim().min(1).max(60),
  date: z.iso.date(),
  issuer: ContentTextSchema,
  citation: ContentTextSchema.optional(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const METHODOLOGY_STATUSES = ['draft', 'approved', 'retired'] as const;
export type MethodologyStatus = (typeof METHODOLOGY_STATUSES)[number];

export const MethodologySummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: ContentTextSchema,
  versionNumber: z.number().int(),
  status: z.enum(METHODOLOGY_STATUSES),
  isCurrent: z.boolean(),
  legalBasis: LegalBasisSchema.nullable(),
  effectiveDate: z.iso.date().nullable(),
  basedOnId: z.uuid().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  approvedBy: z.string().nullable(),
  retiredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  counts: z.object({
    levels: z.number().int(),
    areas: z.number().int(),
    competencies: z.number().int(),
    profiles: z.number().int(),
  }),
});
export type MethodologySummary = z.infer<typeof MethodologySummarySchema>;

export const MethodologyDetailSchema = MethodologySummarySchema.extend({
  content: MethodologyContentSchema,
  /** Texts still missing a language (approval needs none). */
  missingTranslations: z.array(z.object({ path: z.string(), languages: z.array(z.enum(LANGUAGES)) })),
});
export type MethodologyDetail = z.infer<typeof MethodologyDetailSchema>;

export const MethodologyCreateSchema = z.strictObject({
  code: Code,
  title: ContentTextSchema,
  content: MethodologyContentSchema,
});
export type MethodologyCreate = z.infer<typeof MethodologyCreateSchema>;

/** Replaces a draft's title and content (the editor saves the whole document). */
export const MethodologyUpdateSchema = z.strictObject({
  title: ContentTextSchema.optional(),
  content: MethodologyContentSchema.optional(),
});
export type MethodologyUpdate = z.infer<typeof MethodologyUpdateSchema>;

export const MethodologyApproveSchema = z.strictObject({
  legalBasis: LegalBasisSchema,
  effectiveDate: z.iso.date(),
});
export type MethodologyApprove = z.infer<typeof MethodologyApproveSchema>;

export const MethodologyRetireSchema = z.strictObject({
  /** Needed when the retired version is the current one: it becomes current. */
  successorId: z.uuid().optional(),
  reason: z.string().trim().min(1).max(1000),
});
export type MethodologyRetire = z.infer<typeof MethodologyRetireSchema>;

export const DiffParamsSchema = z.strictObject({
  id: z.uuid(),
  otherId: z.uuid(),
});

/** A changed field: where, before, after. */
export const FieldChangeSchema = z.object({
  path: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

const ChangedEntitySchema = z.object({
  code: z.string(),
  changes: z.array(FieldChangeSchema),
});

const DiffPartSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(ChangedEntitySchema),
});

export const MethodologyDiffSchema = z.object({
  fromId: z.uuid(),
  toId: z.uuid(),
  levels: DiffPartSchema,
  areas: DiffPartSchema,
  competencies: DiffPartSchema,
  profiles: DiffPartSchema,
  rules: z.array(FieldChangeSchema),
  scoring: z.array(FieldChangeSchema),
  identical: z.boolean(),
});
export type MethodologyDiff = z.infer<typeof MethodologyDiffSchema>;

export const EXCHANGE_FORMATS = ['case', 'csv'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];
export const ExportQuerySchema = z.strictObject({
  format: z.enum(EXCHANGE_FORMATS),
});

export const ImportQuerySchema = z.strictObject({
  format: z.enum(EXCHANGE_FORMATS),
  /** Code of the new draft for a CSV import (a CASE package carries its own). */
  code: Code.optional(),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** One problem in an imported file: where (row, identifier or path) and what. */
export const ImportProblemSchema = z.object({
  location: z.string(),
  message: z.string(),
  code: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ListMethodologiesQuerySchema = z.strictObject({
  status: z.enum(METHODOLOGY_STATUSES).optional(),
});

import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from './language';
import { CODE_PATTERN, ContentTextSchema } from './methodology';

/* ---------- providers ---------- */

const CompetencyCode = z.string().trim().regex(CODE_PATTERN, 'a competency code such as IS2');
const IsoDate = z.iso.date();

export const ProviderInputSchema = z.strictObject({
  name: LocalizedTextSchema,
  description: ContentTextSchema.optional(),
  accreditation: z.strictObject({
    number: z.string().trim().min(1).max(100),
    issuedBy: z.string().trim().min(1).max(300),
    validUntil: IsoDate.nullable().default(null),
  }),
  specialisations: z.array(CompetencyCode).max(50).default([]),
  contacts: z.strictObject({
    email: z.email().max(200).nullable().default(null),
    phone: z.string().trim().max(50).nullable().default(null),
    website: z.url().max(500).nullable().default(null),
    address: z.string().trim().max(500).nullable().default(null),
  }),
});
export type ProviderInput = z.infer<typeof ProviderInputSchema>;

export const ProviderSchema = ProviderInputSchema.extend({
  id: z.uuid(),
  description: ContentTextSchema.nullable(),
  approvedCourses: z.number().int(),
});
export type Provider = z.infer<typeof ProviderSchema>;

/* ---------- courses ---------- */

export const COURSE_FORMATS = ['online', 'classroom', 'blended'] as const;
export const CourseFormatSchema = z.enum(COURSE_FORMATS);
export type CourseFormat = z.infer<typeof CourseFormatSchema>;
export const COURSE_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export const CourseStatusSchema = z.enum(COURSE_STATUSES);
export type CourseStatus = z.infer<typeof CourseStatusSchema>;

export const CourseTargetSchema = z
  .strictObject({
    competencyCode: CompetencyCode,
    fromLevel: z.number().int().min(0).max(10),
    toLevel: z.number().int().min(1).max(10),
  })
  .refine((t) => t.toLevel > t.fromLevel, { message: 'The to-level must be above the from-level', path: ['toLevel'] });
export type CourseTarget = z.infer<typeof CourseTargetSchema>;

export const CourseModuleSchema = z.strictObject({
  title: ContentTextSchema,
  hours: z.number().min(0.5).max(500),
});

export const CourseInputSchema = z.strictObject({
  code: z.string().trim().regex(CODE_PATTERN, 'upper-case letter first, then letters, digits, _ . - (max 40)'),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  targets: z
    .array(CourseTargetSchema)
    .min(1, 'A course targets at least one competency')
    .max(20)
    .refine((ts) => new Set(ts.map((t) => t.competencyCode)).size === ts.length, { message: 'Each competency once' }),
  format: CourseFormatSchema,
  hours: z.number().min(1).max(2000),
  languages: z
    .array(LanguageSchema)
    .min(1)
    .refine((ls) => new Set(ls).size === ls.length, { message: 'Each language once' }),
  modules: z.array(CourseModuleSchema).max(50).default([]),
  priceAzn: z.number().min(0).max(1_000_000).nullable().default(null),
});
export type CourseInput = z.infer<typeof CourseInputSchema>;

export const SessionInputSchema = z
  .strictObject({
    startsOn: IsoDate,
    endsOn: IsoDate,
    language: LanguageSchema,
    place: z.string().trim().min(1).max(500).nullable().default(null),
    onlineUrl: z.url().max(500).nullable().default(null),
    capacity: z.number().int().min(1).max(10_000),
  })
  .refine((s) => s.endsOn >= s.startsOn, { message: 'The session ends on or after it starts', path: ['endsOn'] })
  .refine((s) => s.place !== null || s.onlineUrl !== null, { message: 'Give a place or an online link', path: ['place'] });
export type SessionInput = z.infer<typeof SessionInputSchema>;

export const SessionSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  language: LanguageSchema,
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  enrolled: z.number().int(),
  waiting: z.number().int(),
  freePlaces: z.number().int(),
});
export type Session = z.infer<typeof SessionSchema>;

export const CourseSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  providerName: LocalizedTextSchema,
  code: z.string(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  targets: z.array(z.object({ competencyCode: z.string(), fromLevel: z.number().int(), toLevel: z.number().int() })),
  format: CourseFormatSchema,
  hours: z.number(),
  languages: z.array(LanguageSchema),
  modules: z.array(z.object({ title: ContentTextSchema, hours: z.number() })),
  priceAzn: z.number().nullable(),
  status: CourseStatusSchema,
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  sessions: z.array(SessionSchema),
  updatedAt: z.string(),
});
export type Course = z.infer<typeof CourseSchema>;

export const CatalogueQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  competency: CompetencyCode.optional(),
  /** Courses whose target range reaches this level (from < level ≤ to). */
  level: z.coerce.number().int().min(1).max(10).optional(),
  format: CourseFormatSchema.optional(),
  language: LanguageSchema.optional(),
  providerId: z.uuid().optional(),
  /** Only courses with a session starting on or after this date. */
  from: IsoDate.optional(),
  /** Only courses with a session starting on or before this date. */
  to: IsoDate.optional(),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

export const ManageCoursesQuerySchema = z.strictObject({ status: CourseStatusSchema.optional() });

export const CourseReviewSchema = z.strictObject({ comment: z.string().trim().max(4000).optional() });
export const CourseRejectSchema = z.strictObject({ comment: z.string().trim().min(3, 'Say why the course is refused').max(4000) });

/* ---------- enrolments ---------- */

export const ENROLMENT_STATUSES = ['enrolled', 'waiting', 'in_progress', 'completed', 'failed', 'withdrawn'] as const;
export const EnrolmentStatusSchema = z.enum(ENROLMENT_STATUSES);
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema>;

export const EnrolRequestSchema = z.strictObject({
  sessionId: z.uuid(),
  /** HR enrols someone in scope; a civil servant leaves it out (themself). */
  personId: z.uuid().optional(),
  planItemId: z.uuid().optional(),
  /** When the session is full: join its waiting list (default) or be refused. */
  joinWaitingList: z.boolean().default(true),
});
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;

export const EnrolmentSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  courseId: z.uuid(),
  courseTitle: LocalizedTextSchema,
  startsOn: IsoDate,
  endsOn: IsoDate,
  personId: z.uuid(),
  personName: z.string(),
  personalCode: z.string(),
  status: EnrolmentStatusSchema,
  waitingPosition: z.number().int().nullable(),
  score: z.number().nullable(),
  evidence: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const RecordOutcomeSchema = z.strictObject({
  status: z.enum(['in_progress', 'completed', 'failed']),
  score: z.number().min(0).max(100).nullable().default(null),
  note: z.string().trim().max(1000).nullable().default(null),
});
export type RecordOutcome = z.infer<typeof RecordOutcomeSchema>;

export const CompletionUploadQuerySchema = z.strictObject({ format: z.enum(['csv', 'xlsx']).optional() });

export const CompletionReportSchema = z.object({
  applied: z.boolean(),
  rows: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type CompletionReport = z.infer<typeof CompletionReportSchema>;

/** A subset of xAPI 1.0.3 statements: who (mbox or account), verb completed/passed, object = session or course. */
export const XapiStatementSchema = z.object({
  id: z.uuid().optional(),
  actor: z.object({
    mbox: z
      .string()
      .regex(/^mailto:.+@.+$/, 'mailto:address')
      .optional(),
    account: z.object({ homePage: z.string().optional(), name: z.string().min(1) }).optional(),
  }),
  verb: z.object({ id: z.string().min(1) }),
  object: z.object({ id: z.string().min(1) }),
  result: z
    .object({
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      score: z.object({ scaled: z.number().min(-1).max(1).optional(), raw: z.number().optional() }).optional(),
    })
    .optional(),
  timestamp: z.string().optional(),
});
export const XapiStatementsBodySchema = z.union([XapiStatementSchema, z.array(XapiStatementSchema).min(1).max(500)]);
export type XapiStatement = z.infer<typeof XapiStatementSchema>;

/* ---------- plans ---------- */

export const PLAN_ITEM_STATUSES = ['proposed', 'accepted', 'closed', 'cancelled'] as const;
export const PlanItemStatusSchema = z.enum(PLAN_ITEM_STATUSES);
export type PlanItemStatus = z.infer<typeof PlanItemStatusSchema>;

export const PlanItemSchema = z.object({
  id: z.uuid(),
  competencyCode: z.string(),
  fromLevel: z.number().int(),
  targetLevel: z.number().int(),
  courseId: z.uuid().nullable(),
  courseTitle: LocalizedTextSchema.nullable(),
  sessionId: z.uuid().nullable(),
  sessionStartsOn: z.string().nullable(),
  enrolmentId: z.uuid().nullable(),
  enrolmentStatus: EnrolmentStatusSchema.nullable(),
  dueDate: IsoDate.nullable(),
  status: PlanItemStatusSchema,
  closedAt: z.string().nullable(),
  closedLevel: z.number().int().nullable(),
  overdue: z.boolean(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const PlanSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  createdAt: z.string(),
  /** Gaps the plan's open items do not cover (no approved course reaches them). */
  uncovered: z.array(z.object({ competencyCode: z.string(), achieved: z.number().int(), required: z.number().int() })),
  items: z.array(PlanItemSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PersonIdParamSchema = z.strictObject({ personId: z.uuid() });

export const PlanItemCreateSchema = z.strictObject({
  competencyCode: CompetencyCode,
  targetLevel: z.number().int().min(1).max(10),
  courseId: z.uuid().nullable().default(null),
  sessionId: z.uuid().nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
});
export type PlanItemCreate = z.infer<typeof PlanItemCreateSchema>;

export const PlanItemUpdateSchema = z.strictObject({
  status: z.enum(['accepted', 'cancelled']).optional(),
  courseId: z.uuid().nullable().optional(),
  sessionId: z.uuid().nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
});
export type PlanItemUpdate = z.infer<typeof PlanItemUpdateSchema>;

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  text: LocalizedTextSchema,
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/* ---------- effectiveness ---------- */

export const EffectivenessQuerySchema = z.strictObject({ providerId: z.uuid().optional() });

export const EffectivenessEstimateSchema = z.object({
  /** Completers and comparison people with a measurement before and after. */
  treatedN: z.number().int(),
  comparisonN: z.number().int(),
  /** Mean compliance m_c on the targeted competencies, before and after. */
  treatedBefore: z.number().nullable(),
  treatedAfter: z.number().nullable(),
  comparisonBefore: z.number().nullable(),
  comparisonAfter: z.number().nullable(),
  /** Difference-in-differences and its bootstrap 95% interval; null when too few measured completers. */
  did: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  enough: z.boolean(),
});
export type EffectivenessEstimate = z.infer<typeof EffectivenessEstimateSchema>;

export const CourseEffectivenessSchema = EffectivenessEstimateSchema.extend({
  courseId: z.uuid(),
  courseTitle: LocalizedTextSchema,
  providerId: z.uuid(),
  completers: z.number().int(),
});
export const ProviderEffectivenessSchema = EffectivenessEstimateSchema.extend({
  providerId: z.uuid(),
  providerName: LocalizedTextSchema,
  completers: z.number().int(),
});
export const EffectivenessReportSchema = z.object({
  minimumGroupSize: z.number().int(),
  courses: z.array(CourseEffectivenessSchema),
  providers: z.array(ProviderEffectivenessSchema),
});
export type CourseEffectiveness = z.infer<typeof CourseEffectivenessSchema>;
export type ProviderEffectiveness = z.infer<typeof ProviderEffectivenessSchema>;
export type EffectivenessReport = z.infer<typeof EffectivenessReportSchema>;

/* ---------- resource library ---------- */

export const RESOURCE_KINDS = ['legislation', 'methodology', 'training_material', 'analytics'] as const;
export const ResourceKindSchema = z.enum(RESOURCE_KINDS);

export const ResourceInputSchema = z.strictObject({
  kind: ResourceKindSchema,
  title: ContentTextSchema,
  summary: ContentTextSchema.optional(),
  competencies: z.array(CompetencyCode).max(30).default([]),
  languages: z.array(LanguageSchema).min(1),
  url: z.url().max(1000),
  publishedOn: IsoDate.nullable().default(null),
});
export type ResourceInput = z.infer<typeof ResourceInputSchema>;
export const ResourceSchema = ResourceInputSchema.extend({ id: z.uuid(), summary: ContentTextSchema.nullable() });
export type Resource = z.infer<typeof ResourceSchema>;
export const ResourceQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: ResourceKindSchema.optional(),
  competency: CompetencyCode.optional(),
  language: LanguageSchema.optional(),
});
export type ResourceQuery = z.infer<typeof ResourceQuerySchema>;

import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from './language';
import { CODE_PATTERN, ContentTextSchema, METHODOLOGY_STATUSES } from './methodology';
import { ORGANISATION_KINDS } from './identity';

/* ---------- filters ---------- */

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as yyyy-mm');
export type Month = z.infer<typeof MonthSchema>;

const PositionCode = z.string().trim().regex(CODE_PATTERN, 'a position code such as SPECIALIST');

/** Dashboard filters: organisation subtree, position, methodology version and period (months). */
export const ComplianceFilterSchema = z.strictObject({
  /** Root of the subtree; omitted: the caller's whole scope (administrators: the whole service). */
  orgId: z.uuid().optional(),
  positionCode: PositionCode.optional(),
  /** Whose position profiles the figures are computed against; omitted: the current version. */
  versionId: z.uuid().optional(),
  /** First and last month of the trend (and of the training counts); default: the last 12 months. */
  from: MonthSchema.optional(),
  to: MonthSchema.optional(),
});
export type ComplianceFilter = z.infer<typeof ComplianceFilterSchema>;

const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const PERIOD_ORDER = { message: 'The period must not end before it starts', path: ['to'] };

export const ComplianceQuerySchema = ComplianceFilterSchema.refine(periodInOrder, PERIOD_ORDER);

/** The dashboard tables that export to CSV and XLSX. */
export const ANALYTICS_TABLES = [
  'trend',
  'units',
  'heatmap',
  'gaps-by-competency',
  'gaps-by-position',
  'people',
  'attestation',
  'training',
] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const ComplianceExportQuerySchema = ComplianceFilterSchema.extend({
  table: z.enum(ANALYTICS_TABLES),
  format: z.enum(TABLE_FORMATS).default('xlsx'),
  lang: LanguageSchema.default('az'),
}).refine(periodInOrder, PERIOD_ORDER);
export type ComplianceExportQuery = z.infer<typeof ComplianceExportQuerySchema>;

export const ComplianceReportQuerySchema = ComplianceFilterSchema.extend({
  lang: LanguageSchema.default('az'),
}).refine(periodInOrder, PERIOD_ORDER);
export type ComplianceReportQuery = z.infer<typeof ComplianceReportQuerySchema>;

export const PEOPLE_SORTS = ['gap', 'ci', 'name'] as const;
export const CompliancePeopleQuerySchema = ComplianceFilterSchema.omit({ from: true, to: true }).extend({
  q: z.string().trim().max(100).optional(),
  sort: z.enum(PEOPLE_SORTS).default('gap'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type CompliancePeopleQuery = z.infer<typeof CompliancePeopleQuerySchema>;

export const PersonComplianceQuerySchema = z.strictObject({ versionId: z.uuid().optional() });

/* ---------- figures ---------- */

export const OrgRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: LocalizedTextSchema,
});
export type OrgRef = z.infer<typeof OrgRefSchema>;

export const VersionRefSchema = z.object({
  id: z.uuid(),
  title: ContentTextSchema,
  versionNumber: z.number().int(),
  status: z.enum(METHODOLOGY_STATUSES),
  isCurrent: z.boolean(),
});
export type VersionRef = z.infer<typeof VersionRefSchema>;

/**
 * Compliance of a group (DESIGN.md §4): `people` are the current staff whose position has a
 * profile in the version; `meanCi` is the mean of their compliance indices (never measured:
 * CI 0); `fullyCompliant` counts those with every gap 0. Shares are null for an empty group.
 */
export const ComplianceFiguresSchema = z.object({
  people: z.number().int(),
  measured: z.number().int(),
  meanCi: z.number().nullable(),
  fullyCompliant: z.number().int(),
  fullyCompliantShare: z.number().nullable(),
});
export type ComplianceFigures = z.infer<typeof ComplianceFiguresSchema>;

export const TrendPointSchema = ComplianceFiguresSchema.extend({ month: MonthSchema });
export type TrendPoint = z.infer<typeof TrendPointSchema>;

/** A row of a breakdown: a child organisation's whole subtree, or the staff placed directly in the organisation. */
export const UnitFiguresSchema = ComplianceFiguresSchema.extend({
  organisation: OrgRefSchema,
  scope: z.enum(['subtree', 'direct']),
  hasChildren: z.boolean(),
});
export type UnitFigures = z.infer<typeof UnitFiguresSchema>;

export const HeatmapCellSchema = z.object({
  competencyCode: z.string(),
  /** People whose profile requires the competency (r_c > 0). */
  required: z.number().int(),
  /** Of them, people at or above the required level (g_c = 0). */
  met: z.number().int(),
  share: z.number().nullable(),
});
export const HeatmapRowSchema = z.object({
  organisation: OrgRefSchema,
  scope: z.enum(['subtree', 'direct']),
  cells: z.array(HeatmapCellSchema),
});
export type HeatmapRow = z.infer<typeof HeatmapRowSchema>;

/** People per gap size: `counts[g]` = people with g_c = g (g = 0..N). */
export const GapsByCompetencySchema = z.object({
  competencyCode: z.string(),
  required: z.number().int(),
  counts: z.array(z.number().int()),
  meanGap: z.number().nullable(),
});
export type GapsByCompetency = z.infer<typeof GapsByCompetencySchema>;

/** Per position: its people's figures and their (person, competency) gaps by size. */
export const GapsByPositionSchema = ComplianceFiguresSchema.extend({
  positionCode: z.string(),
  title: ContentTextSchema.nullable(),
  counts: z.array(z.number().int()),
});
export type GapsByPosition = z.infer<typeof GapsByPositionSchema>;

export const PersonComplianceRowSchema = z.object({
  personId: z.uuid(),
  personalCode: z.string(),
  name: z.string(),
  organisation: OrgRefSchema,
  positionCode: z.string(),
  ci: z.number(),
  fullyCompliant: z.boolean(),
  /** Σ g_c over the profile. */
  gapTotal: z.number().int(),
  /** Competencies with g_c > 0. */
  gapCount: z.number().int(),
  criticalGaps: z.number().int(),
  lastMeasuredAt: z.iso.datetime().nullable(),
});
export type PersonComplianceRow = z.infer<typeof PersonComplianceRowSchema>;

export const AttestationPipelineSchema = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false) }),
  z.object({
    available: z.literal(true),
    /** Staff whose attestation falls due in the period (certificate expiring or never attested). */
    due: z.number().int(),
    /** Candidates in scheduled or open sessions. */
    scheduled: z.number().int(),
    /** Candidates decided in the period. */
    decided: z.number().int(),
    /** Due before today and not scheduled or decided. */
    overdue: z.number().int(),
    outcomes: z.object({
      meets: z.number().int(),
      meetsSubjectToTraining: z.number().int(),
      doesNotMeet: z.number().int(),
    }),
    /** (meets + meets subject to training) / decided; null when nobody was decided. */
    passRate: z.number().nullable(),
  }),
]);
export type AttestationPipeline = z.infer<typeof AttestationPipelineSchema>;

/**
 * Training of the subtree's staff: plan items still open without an enrolment (planned), current
 * enrolments (enrolled, waiting), completions in the period, and plan items closed in the period
 * by a measurement that reached the target level.
 */
export const TrainingStatusSchema = z.object({
  planned: z.number().int(),
  enrolled: z.number().int(),
  waiting: z.number().int(),
  completed: z.number().int(),
  closedByMeasurement: z.number().int(),
});
export type TrainingStatus = z.infer<typeof TrainingStatusSchema>;

export const CompetencyRefSchema = z.object({ code: z.string(), areaCode: z.string(), title: ContentTextSchema });
export const PositionRefSchema = z.object({ code: z.string(), title: ContentTextSchema });

export const ComplianceDashboardSchema = z.object({
  /** null: the whole service (administrators). */
  organisation: OrgRefSchema.nullable(),
  /** From the top of the caller's scope down to the organisation. */
  breadcrumb: z.array(OrgRefSchema),
  version: VersionRefSchema,
  versions: z.array(VersionRefSchema),
  positions: z.array(PositionRefSchema),
  competencies: z.array(CompetencyRefSchema),
  /** N of the version's scale (gap sizes run 0..N). */
  scaleSize: z.number().int(),
  positionCode: z.string().nullable(),
  period: z.object({ from: MonthSchema, to: MonthSchema, earliest: MonthSchema, latest: MonthSchema }),
  /** When the aggregates were last brought up to date, and how many people's changes wait for the next refresh. */
  refreshedAt: z.iso.datetime().nullable(),
  pendingPeople: z.number().int(),
  summary: ComplianceFiguresSchema.extend({
    noProfile: z.number().int(),
    /** Change of the mean CI and of the fully compliant share from the first to the last month of the period. */
    meanCiChange: z.number().nullable(),
    fullyCompliantShareChange: z.number().nullable(),
  }),
  trend: z.array(TrendPointSchema),
  units: z.array(UnitFiguresSchema),
  heatmap: z.array(HeatmapRowSchema),
  gapsByCompetency: z.array(GapsByCompetencySchema),
  gapsByPosition: z.array(GapsByPositionSchema),
  /** The people with the largest gaps (Σ g_c, then the lowest CI). */
  people: z.array(PersonComplianceRowSchema),
  attestation: AttestationPipelineSchema,
  training: TrainingStatusSchema,
});
export type ComplianceDashboard = z.infer<typeof ComplianceDashboardSchema>;

export const CompliancePeoplePageSchema = z.object({ items: z.array(PersonComplianceRowSchema), total: z.number().int() });
export type CompliancePeoplePage = z.infer<typeof CompliancePeoplePageSchema>;

export const PersonCompetencyRowSchema = z.object({
  code: z.string(),
  areaCode: z.string(),
  title: ContentTextSchema,
  required: z.number().int(),
  achieved: z.number().int(),
  gap: z.number().int(),
  weight: z.number(),
  critical: z.boolean(),
  measuredAt: z.iso.datetime().nullable(),
});

export const PersonComplianceSchema = z.object({
  person: z.object({
    id: z.uuid(),
    personalCode: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    positionCode: z.string(),
    positionTitle: z.string(),
    hiredOn: z.iso.date().nullable(),
    organisation: OrgRefSchema,
    breadcrumb: z.array(OrgRefSchema),
  }),
  version: VersionRefSchema,
  versions: z.array(VersionRefSchema),
  /** False when the person's position has no profile in the version (no figures then). */
  hasProfile: z.boolean(),
  ci: z.number().nullable(),
  fullyCompliant: z.boolean().nullable(),
  competencies: z.array(PersonCompetencyRowSchema),
  /** The compliance index after each measurement (one point per measuring attempt). */
  history: z.array(z.object({ at: z.iso.datetime(), ci: z.number(), fullyCompliant: z.boolean() })),
});
export type PersonCompliance = z.infer<typeof PersonComplianceSchema>;

export const AnalyticsStatusSchema = z.object({
  refreshedAt: z.iso.datetime().nullable(),
  pendingPeople: z.number().int(),
  /** How the last refresh ran: every unit again, or only units whose people changed. */
  lastRun: z
    .object({
      kind: z.enum(['full', 'incremental']),
      units: z.number().int(),
      people: z.number().int(),
      durationMs: z.number().int(),
    })
    .nullable(),
});
export type AnalyticsStatus = z.infer<typeof AnalyticsStatusSchema>;

/* ---------- monthly reports ---------- */

export const MonthlyReportSchema = z.object({
  id: z.uuid(),
  organisation: OrgRefSchema,
  month: MonthSchema,
  language: LanguageSchema,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.iso.datetime(),
  /** ready: in the app for download; sent: handed to the mail outbox; failed: the outbox refused it. */
  delivery: z.enum(['ready', 'sent', 'failed']),
});
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;

export const MonthlyRunSchema = z.strictObject({ month: MonthSchema.optional() });
export const MonthlyRunResultSchema = z.object({ month: MonthSchema, reports: z.number().int(), recipients: z.number().int() });
export type MonthlyRunResult = z.infer<typeof MonthlyRunResultSchema>;

/* ---------- roster import ---------- */

/** Canonical roster columns (the header may also use the aliases in the import documentation). */
export const ROSTER_COLUMNS = ['personalCode', 'lastName', 'firstName', 'email', 'unit', 'position', 'hiredOn', 'language'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
/** Columns that must be in the header (`language` is optional). */
export const ROSTER_REQUIRED_COLUMNS: readonly RosterColumn[] = [
  'personalCode',
  'lastName',
  'firstName',
  'email',
  'unit',
  'position',
  'hiredOn',
];

export const ROSTER_ERROR_CODES = [
  'required',
  'invalid_personal_code',
  'invalid_email',
  'invalid_date',
  'too_long',
  'unknown_unit',
  'unknown_position',
  'invalid_language',
  'duplicate_in_file',
  'outside_scope',
] as const;
export type RosterErrorCode = (typeof ROSTER_ERROR_CODES)[number];

export const RosterRowErrorSchema = z.object({
  field: z.enum(ROSTER_COLUMNS),
  code: z.enum(ROSTER_ERROR_CODES),
  /** The offending value (as read), or the other rows with the same personal code. */
  value: z.string().nullable(),
  message: z.string(),
});
export type RosterRowError = z.infer<typeof RosterRowErrorSchema>;

export const ROSTER_OUTCOMES = ['create', 'update', 'unchanged', 'skip'] as const;
export type RosterOutcome = (typeof ROSTER_OUTCOMES)[number];

export const RosterRowSchema = z.object({
  row: z.number().int(),
  personalCode: z.string(),
  name: z.string(),
  unit: z.string(),
  position: z.string(),
  outcome: z.enum(ROSTER_OUTCOMES),
  errors: z.array(RosterRowErrorSchema),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

export const ROSTER_STATUSES = ['validated', 'committing', 'committed', 'failed', 'discarded'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const RosterImportSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(ROSTER_STATUSES),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  /** Rows written so far while committing (the progress of a large file). */
  processed: z.number().int(),
  skipInvalid: z.boolean(),
  committedAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
  /** How long reading and checking the file took on the server. */
  parseMs: z.number().int(),
});
export type RosterImport = z.infer<typeof RosterImportSchema>;

export const RosterUploadQuerySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200).default('roster'),
});
export const RosterRowsQuerySchema = z.strictObject({
  only: z.enum(['errors', 'all']).default('errors'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type RosterRowsQuery = z.infer<typeof RosterRowsQuerySchema>;
export const RosterRowsPageSchema = z.object({ items: z.array(RosterRowSchema), total: z.number().int() });
export type RosterRowsPage = z.infer<typeof RosterRowsPageSchema>;

export const RosterCommitSchema = z.strictObject({
  /** Needed when some rows are invalid: import the valid ones and report the others as skipped. */
  skipInvalid: z.boolean().default(false),
});
export type RosterCommit = z.infer<typeof RosterCommitSchema>;

export const RosterFileQuerySchema = z.strictObject({
  format: z.enum(TABLE_FORMATS).default('xlsx'),
  lang: LanguageSchema.default('az'),
});
export type RosterFileQuery = z.infer<typeof RosterFileQuerySchema>;

import { z } from 'zod';
import { route, type RouteDef } from './route-def';
import { Permission } from './permissions';
import { HealthSchema } from './health';
import {
  LoginRequestSchema,
  MeSchema,
  OidcStatusSchema,
  PasswordChangeSchema,
  TokenResponseSchema,
} from './auth';
import {
  AccountCreateSchema,
  AccountSchema,
  OrganisationCreateSchema,
  OrganisationSchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonSchema,
  PersonUpdateSchema,
} from './identity';
import { IdParamSchema, pageOf } from './common';
import { AuditVerificationSchema } from './audit';
import {
  DiffParamsSchema,
  ExportQuerySchema,
  ImportQuerySchema,
  ListMethodologiesQuerySchema,
  MethodologyApproveSchema,
  MethodologyCreateSchema,
  MethodologyDetailSchema,
  MethodologyDiffSchema,
  MethodologyRetireSchema,
  MethodologySummarySchema,
  MethodologyUpdateSchema,
} from './methodology';
import {
  ItemCreateSchema,
  ItemImportReportSchema,
  ItemListQuerySchema,
  ItemSchema,
  ItemTransitionSchema,
  ItemUpdateSchema,
} from './items';
import {
  AttemptResultSchema,
  AttemptSchema,
  CompetencyProfileSchema,
  ResponseParamsSchema,
  SaveAckSchema,
  SaveResponseSchema,
  StartAttemptSchema,
  TemplateInputSchema,
  TemplateSchema,
} from './assessment';

export * from './route-def';

export const PlatformRoutes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness and database readiness',
    tag: 'platform',
    access: 'public',
    response: HealthSchema,
  }),
  liveness: route({
    method: 'GET',
    path: '/api/health/live',
    summary: 'Liveness only (the process answers)',
    tag: 'platform',
    access: 'public',
    response: z.object({ status: z.literal('ok') }),
  }),
  openApi: route({
    method: 'GET',
    path: '/api/docs-json',
    summary: 'This OpenAPI 3.1 document',
    tag: 'platform',
    access: 'public',
    response: z.record(z.string(), z.unknown()),
  }),
} as const;

export const AuthRoutes = {
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    summary:
      'Sign in with user name or e-mail and password; sets the refresh cookie',
    tag: 'auth',
    access: 'public',
    body: LoginRequestSchema,
    response: TokenResponseSchema,
  }),
  refresh: route({
    method: 'POST',
    path: '/api/auth/refresh',
    summary:
      'Exchange the refresh cookie for a new access token (the refresh token rotates)',
    tag: 'auth',
    access: 'public',
    response: TokenResponseSchema,
  }),
  logout: route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Revoke the session of the refresh cookie',
    tag: 'auth',
    access: 'public',
    status: 204,
  }),
  oidcStatus: route({
    method: 'GET',
    path: '/api/auth/oidc',
    summary: 'Whether single sign-on is configured',
    tag: 'auth',
    access: 'public',
    response: OidcStatusSchema,
  }),
  oidcStart: route({
    method: 'GET',
    path: '/api/auth/oidc/start',
    summary: 'Redirect to the OpenID provider',
    tag: 'auth',
    access: 'public',
    status: 302,
    produces: 'text/html',
  }),
  oidcCallback: route({
    method: 'GET',
    path: '/api/auth/oidc/callback',
    summary:
      'Return from the OpenID provider; sets the refresh cookie and redirects to the app',
    tag: 'auth',
    access: 'public',
    query: z.object({
      code: z.string().optional(),
      state: z.string().optional(),
      error: z.string().optional(),
    }),
    status: 302,
    produces: 'text/html',
  }),
} as const;

export const MeRoutes = {
  me: route({
    method: 'GET',
    path: '/api/me',
    summary: 'The signed-in account, its roles, person and position',
    tag: 'me',
    access: Permission.MeRead,
    response: MeSchema,
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/me/password',
    summary: 'Change my password (other sessions are signed out)',
    tag: 'me',
    access: Permission.MeRead,
    body: PasswordChangeSchema,
    status: 204,
  }),
} as const;

export const IdentityRoutes = {
  listOrganisations: route({
    method: 'GET',
    path: '/api/organisations',
    summary: 'Organisations the caller may see (HR: their subtree)',
    tag: 'identity',
    access: Permission.OrganisationsRead,
    response: z.array(OrganisationSchema),
  }),
  createOrganisation: route({
    method: 'POST',
    path: '/api/organisations',
    summary: 'Create an organisation under a parent',
    tag: 'identity',
    access: Permission.OrganisationsManage,
    body: OrganisationCreateSchema,
    response: OrganisationSchema,
    status: 201,
  }),
  listPersons: route({
    method: 'GET',
    path: '/api/persons',
    summary: 'Civil servants in the caller’s scope',
    tag: 'identity',
    access: Permission.PersonsRead,
    query: PersonListQuerySchema,
    response: pageOf(PersonSchema),
  }),
  getPerson: route({
    method: 'GET',
    path: '/api/persons/:id',
    summary: 'One civil servant (404 outside the caller’s scope)',
    tag: 'identity',
    access: Permission.PersonsRead,
    params: IdParamSchema,
    response: PersonSchema,
  }),
  createPerson: route({
    method: 'POST',
    path: '/api/persons',
    summary: 'Add a civil servant to an organisation in scope',
    tag: 'identity',
    access: Permission.PersonsManage,
    body: PersonCreateSchema,
    response: PersonSchema,
    status: 201,
  }),
  updatePerson: route({
    method: 'PATCH',
    path: '/api/persons/:id',
    summary: 'Change a civil servant’s data, unit or position',
    tag: 'identity',
    access: Permission.PersonsManage,
    params: IdParamSchema,
    body: PersonUpdateSchema,
    response: PersonSchema,
  }),
  listAccounts: route({
    method: 'GET',
    path: '/api/accounts',
    summary: 'All accounts',
    tag: 'identity',
    access: Permission.AccountsManage,
    response: z.array(AccountSchema),
  }),
  createAccount: route({
    method: 'POST',
    path: '/api/accounts',
    summary: 'Create an account with roles and scopes',
    tag: 'identity',
    access: Permission.AccountsManage,
    body: AccountCreateSchema,
    response: AccountSchema,
    status: 201,
  }),
} as const;

export const AuditRoutes = {
  verify: route({
    method: 'GET',
    path: '/api/audit/verify',
    summary: 'Verify the audit hash chain; reports the first broken link',
    tag: 'audit',
    access: Permission.AuditRead,
    response: AuditVerificationSchema,
  }),
} as const;

export const MethodologyRoutes = {
  list: route({
    method: 'GET',
    path: '/api/methodologies',
    summary:
      'Methodology versions (public: approved and retired; methodologists also see drafts)',
    tag: 'methodology',
    access: 'public',
    query: ListMethodologiesQuerySchema,
    response: z.array(MethodologySummarySchema),
  }),
  current: route({
    method: 'GET',
    path: '/api/methodologies/current',
    summary: 'The current approved version, whole (public)',
    tag: 'methodology',
    access: 'public',
    response: MethodologyDetailSchema,
  }),
  get: route({
    method: 'GET',
    path: '/api/methodologies/:id',
    summary:
      'A whole version: scale, areas, competencies, profiles, rules (drafts: methodologists only)',
    tag: 'methodology',
    access: 'public',
    params: IdParamSchema,
    response: MethodologyDetailSchema,
  }),
  create: route({
    method: 'POST',
    path: '/api/methodologies',
    summary: 'Create a draft version',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    body: MethodologyCreateSchema,
    response: MethodologyDetailSchema,
    status: 201,
  }),
  update: route({
    method: 'PUT',
    path: '/api/methodologies/:id',
    summary: 'Replace the title or content of a draft (409 once approved)',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    params: IdParamSchema,
    body: MethodologyUpdateSchema,
    response: MethodologyDetailSchema,
  }),
  remove: route({
    method: 'DELETE',
    path: '/api/methodologies/:id',
    summary: 'Delete a draft',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    params: IdParamSchema,
    status: 204,
  }),
  approve: route({
    method: 'POST',
    path: '/api/methodologies/:id/approve',
    summary:
      'Approve a draft with its legal basis; it becomes current and is frozen',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    params: IdParamSchema,
    body: MethodologyApproveSchema,
    response: MethodologyDetailSchema,
  }),
  clone: route({
    method: 'POST',
    path: '/api/methodologies/:id/clone',
    summary: 'Create the next draft from a version',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    params: IdParamSchema,
    response: MethodologyDetailSchema,
    status: 201,
  }),
  retire: route({
    method: 'POST',
    path: '/api/methodologies/:id/retire',
    summary:
      'Retire an approved version (the current one needs an approved successor)',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    params: IdParamSchema,
    body: MethodologyRetireSchema,
    response: MethodologyDetailSchema,
  }),
  diff: route({
    method: 'GET',
    path: '/api/methodologies/:id/diff/:otherId',
    summary: 'What changed from one version to another',
    tag: 'methodology',
    access: 'public',
    params: DiffParamsSchema,
    response: MethodologyDiffSchema,
  }),
  export: route({
    method: 'GET',
    path: '/api/methodologies/:id/export',
    summary: 'Export as IMS CASE 1.1 JSON or CSV',
    tag: 'methodology',
    access: 'public',
    params: IdParamSchema,
    query: ExportQuerySchema,
    produces: 'application/json',
  }),
  import: route({
    method: 'POST',
    path: '/api/methodologies/import',
    summary:
      'Import a CASE 1.1 package or a CSV file (raw body) as a new draft; nothing is written unless all of it is valid',
    tag: 'methodology',
    access: Permission.MethodologyManage,
    query: ImportQuerySchema,
    response: MethodologyDetailSchema,
    status: 201,
  }),
} as const;

export const ItemRoutes = {
  list: route({
    method: 'GET',
    path: '/api/items',
    summary: 'Items of the bank, filtered',
    tag: 'items',
    access: Permission.ItemsRead,
    query: ItemListQuerySchema,
    response: z.object({ items: z.array(ItemSchema), total: z.number().int() }),
  }),
  create: route({
    method: 'POST',
    path: '/api/items',
    summary: 'Author a draft item',
    tag: 'items',
    access: Permission.ItemsManage,
    body: ItemCreateSchema,
    response: ItemSchema,
    status: 201,
  }),
  get: route({
    method: 'GET',
    path: '/api/items/:id',
    summary: 'One item version with its key',
    tag: 'items',
    access: Permission.ItemsRead,
    params: IdParamSchema,
    response: ItemSchema,
  }),
  update: route({
    method: 'PUT',
    path: '/api/items/:id',
    summary:
      'Change an item: a draft never used is changed in place, otherwise a new draft version is made',
    tag: 'items',
    access: Permission.ItemsManage,
    params: IdParamSchema,
    body: ItemUpdateSchema,
    response: ItemSchema,
  }),
  review: route({
    method: 'POST',
    path: '/api/items/:id/review',
    summary: 'Mark a draft reviewed (the reviewer is not the author)',
    tag: 'items',
    access: Permission.ItemsManage,
    params: IdParamSchema,
    body: ItemTransitionSchema,
    response: ItemSchema,
  }),
  activate: route({
    method: 'POST',
    path: '/api/items/:id/activate',
    summary:
      'Put a reviewed item into use (an older active version of it retires)',
    tag: 'items',
    access: Permission.ItemsManage,
    params: IdParamSchema,
    body: ItemTransitionSchema,
    response: ItemSchema,
  }),
  retire: route({
    method: 'POST',
    path: '/api/items/:id/retire',
    summary: 'Take an item out of use',
    tag: 'items',
    access: Permission.ItemsManage,
    params: IdParamSchema,
    body: ItemTransitionSchema,
    response: ItemSchema,
  }),
  importQti: route({
    method: 'POST',
    path: '/api/items/import',
    summary:
      'Import QTI 3.0 assessment items (files as text); each file is reported',
    tag: 'items',
    access: Permission.ItemsManage,
    body: z.strictObject({
      files: z
        .array(
          z.strictObject({
            name: z.string().min(1).max(200),
            content: z.string().min(1).max(900_000),
          }),
        )
        .min(1)
        .max(200),
    }),
    response: ItemImportReportSchema,
  }),
  exportQti: route({
    method: 'GET',
    path: '/api/items/export',
    summary: 'Export the bank (or a filtered part) as QTI 3.0 items',
    tag: 'items',
    access: Permission.ItemsRead,
    query: ItemListQuerySchema,
    response: z.object({
      files: z.array(z.object({ name: z.string(), content: z.string() })),
    }),
  }),
} as const;

export const AssessmentRoutes = {
  listTemplates: route({
    method: 'GET',
    path: '/api/assessment-templates',
    summary: 'Templates the caller may take (or manage)',
    tag: 'assessment',
    access: 'authenticated',
    response: z.array(TemplateSchema),
  }),
  createTemplate: route({
    method: 'POST',
    path: '/api/assessment-templates',
    summary: 'Create an assessment template on the current methodology',
    tag: 'assessment',
    access: Permission.TemplatesManage,
    body: TemplateInputSchema,
    response: TemplateSchema,
    status: 201,
  }),
  updateTemplate: route({
    method: 'PUT',
    path: '/api/assessment-templates/:id',
    summary: 'Change a template (attempts already started keep their form)',
    tag: 'assessment',
    access: Permission.TemplatesManage,
    params: IdParamSchema,
    body: TemplateInputSchema,
    response: TemplateSchema,
  }),
  myAttempts: route({
    method: 'GET',
    path: '/api/attempts',
    summary: 'My attempts',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    response: z.array(AttemptSchema.omit({ items: true, responses: true })),
  }),
  start: route({
    method: 'POST',
    path: '/api/attempts',
    summary: 'Start (or resume) an attempt; twice at once gives one attempt',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    body: StartAttemptSchema,
    response: AttemptSchema,
    status: 201,
  }),
  get: route({
    method: 'GET',
    path: '/api/attempts/:id',
    summary:
      'State, server deadline, delivered items (no keys) and saved answers',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    params: IdParamSchema,
    response: AttemptSchema,
  }),
  saveResponse: route({
    method: 'PUT',
    path: '/api/attempts/:id/responses/:itemId',
    summary:
      'Save an answer (idempotent; a newer seq wins; committed before the reply)',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    params: ResponseParamsSchema,
    body: SaveResponseSchema,
    response: SaveAckSchema,
  }),
  submit: route({
    method: 'POST',
    path: '/api/attempts/:id/submit',
    summary: 'Submit and score (idempotent)',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    params: IdParamSchema,
    response: AttemptResultSchema,
  }),
  result: route({
    method: 'GET',
    path: '/api/attempts/:id/result',
    summary: 'Per-competency levels, gaps, compliance index, review',
    tag: 'assessment',
    access: Permission.AssessmentTake,
    params: IdParamSchema,
    response: AttemptResultSchema,
  }),
  myProfile: route({
    method: 'GET',
    path: '/api/me/profile',
    summary:
      'My competency profile: achieved, required, gaps, compliance index',
    tag: 'me',
    access: Permission.MeRead,
    response: CompetencyProfileSchema,
  }),
} as const;

/** Every route of the API; a feature adds its group here. */
export const API_ROUTES: readonly RouteDef[] = [
  ...Object.values(PlatformRoutes),
  ...Object.values(AuthRoutes),
  ...Object.values(MeRoutes),
  ...Object.values(IdentityRoutes),
  ...Object.values(AuditRoutes),
  ...Object.values(MethodologyRoutes),
  ...Object.values(ItemRoutes),
  ...Object.values(AssessmentRoutes),
];

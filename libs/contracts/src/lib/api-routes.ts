import { z } from 'zod';
import { route, type RouteDef } from './route-def';
import { Permission } from './permissions';
import { HealthSchema } from './health';
import { LoginRequestSchema, MeSchema, OidcStatusSchema, PasswordChangeSchema, TokenResponseSchema } from './auth';
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
    summary: 'Sign in with user name or e-mail and password; sets the refresh cookie',
    tag: 'auth',
    access: 'public',
    body: LoginRequestSchema,
    response: TokenResponseSchema,
  }),
  refresh: route({
    method: 'POST',
    path: '/api/auth/refresh',
    summary: 'Exchange the refresh cookie for a new access token (the refresh token rotates)',
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
    summary: 'Return from the OpenID provider; sets the refresh cookie and redirects to the app',
    tag: 'auth',
    access: 'public',
    query: z.object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional() }),
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

/** Every route of the API; a feature adds its group here. */
export const API_ROUTES: readonly RouteDef[] = [
  ...Object.values(PlatformRoutes),
  ...Object.values(AuthRoutes),
  ...Object.values(MeRoutes),
  ...Object.values(IdentityRoutes),
  ...Object.values(AuditRoutes),
];

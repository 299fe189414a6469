import { z } from 'zod';
import { route } from '../route-def';
import { Permission } from '../permissions';
import { AccountSchema } from '../identity';
import { IdParamSchema } from '../common';
import {
  AccessLogEntrySchema,
  AccountRolesUpdateSchema,
  MyDataExportSchema,
  RetentionPreviewSchema,
  RetentionRunSchema,
  RevokeAllResultSchema,
  SessionIdParamSchema,
  SessionInfoSchema,
} from '../security';

/** My sign-ins, who used my data, my data export; role changes and retention for administrators. */
export const SecurityRoutes = {
  mySessions: route({
    method: 'GET',
    path: '/api/me/sessions',
    summary: 'My live sign-ins: created, last used, browser, address prefix, which one is this',
    tag: 'me',
    access: Permission.MeRead,
    response: z.array(SessionInfoSchema),
  }),
  revokeSession: route({
    method: 'DELETE',
    path: '/api/me/sessions/:id',
    summary: 'Sign out one of my sessions (404 when it is not mine or already ended)',
    tag: 'me',
    access: Permission.MeRead,
    params: SessionIdParamSchema,
    status: 204,
  }),
  revokeAllSessions: route({
    method: 'POST',
    path: '/api/me/sessions/revoke-all',
    summary: 'Sign out everywhere, this session included',
    tag: 'me',
    access: Permission.MeRead,
    response: RevokeAllResultSchema,
  }),
  accessLog: route({
    method: 'GET',
    path: '/api/me/access-log',
    summary: 'Who used my data, when and for what purpose',
    tag: 'me',
    access: Permission.MeRead,
    response: z.array(AccessLogEntrySchema),
  }),
  exportJson: route({
    method: 'GET',
    path: '/api/me/export',
    summary: 'Everything the platform holds about me, as JSON',
    tag: 'me',
    access: Permission.MeRead,
    response: MyDataExportSchema,
  }),
  exportPdf: route({
    method: 'GET',
    path: '/api/me/export/pdf',
    summary: 'Everything the platform holds about me, as a PDF',
    tag: 'me',
    access: Permission.MeRead,
    produces: 'application/pdf',
  }),
  setAccountRoles: route({
    method: 'PUT',
    path: '/api/accounts/:id/roles',
    summary: 'Replace the roles of an account (audited; its sessions are signed out)',
    tag: 'identity',
    access: Permission.AccountsManage,
    params: IdParamSchema,
    body: AccountRolesUpdateSchema,
    response: AccountSchema,
  }),
  retentionPreview: route({
    method: 'GET',
    path: '/api/privacy/retention',
    summary: 'People who left the service longer ago than the retention period (would be pseudonymised)',
    tag: 'privacy',
    access: Permission.PrivacyManage,
    response: RetentionPreviewSchema,
  }),
  retentionRun: route({
    method: 'POST',
    path: '/api/privacy/retention/run',
    summary: 'Pseudonymise them now (names, e-mail, personal code; results kept for statistics)',
    tag: 'privacy',
    access: Permission.PrivacyManage,
    response: RetentionRunSchema,
  }),
} as const;

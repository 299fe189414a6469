import { z } from 'zod';
import { RoleGrantSchema } from './roles';

/** One of my sign-ins (a refresh-token family) that is still live. */
export const SessionInfoSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  /** When its refresh token last rotated (the app refreshes while in use). */
  lastUsedAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  /** The first part of the address only (IPv4 /24, IPv6 /48): enough to recognise, not to locate. */
  ipPrefix: z.string().nullable(),
  method: z.enum(['password', 'oidc']),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SessionIdParamSchema = z.strictObject({ id: z.uuid() });

export const RevokeAllResultSchema = z.object({ revoked: z.number().int() });
export type RevokeAllResult = z.infer<typeof RevokeAllResultSchema>;

/** Why someone opens a person's file; stored with the audit event and shown to the person. */
export const PurposeSchema = z.string().trim().min(5, 'state the purpose (at least 5 characters)').max(300);

export const PersonReadQuerySchema = z.strictObject({ purpose: PurposeSchema });
export type PersonReadQuery = z.infer<typeof PersonReadQuerySchema>;

/** One use of my data by someone else. */
export const AccessLogEntrySchema = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  purpose: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

export const AccountRolesUpdateSchema = z.strictObject({ roles: z.array(RoleGrantSchema).min(1).max(6) });
export type AccountRolesUpdate = z.infer<typeof AccountRolesUpdateSchema>;

const Rows = z.array(z.record(z.string(), z.unknown()));

/** Everything the platform holds about me (GDPR-style access request). */
export const MyDataExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  person: z.record(z.string(), z.unknown()).nullable(),
  accounts: Rows,
  results: Rows,
  attempts: Rows,
  plans: Rows,
  enrolments: Rows,
  attestation: Rows,
  certificates: Rows,
  accessLog: z.array(AccessLogEntrySchema),
});
export type MyDataExport = z.infer<typeof MyDataExportSchema>;

export const RetentionCandidateSchema = z.object({ personId: z.uuid(), leftOn: z.string() });
export const RetentionPreviewSchema = z.object({
  retentionYears: z.number().int(),
  /** People who left on or before this day are pseudonymised. */
  cutoff: z.string(),
  candidates: z.array(RetentionCandidateSchema),
});
export type RetentionPreview = z.infer<typeof RetentionPreviewSchema>;

export const RetentionRunSchema = z.object({ pseudonymised: z.number().int(), cutoff: z.string() });
export type RetentionRun = z.infer<typeof RetentionRunSchema>;

/** Roles whose accounts may turn on the second factor. */
export const TOTP_ROLES = ['hr_officer', 'methodologist', 'administrator'] as const;

export const TotpStatusSchema = z.object({ available: z.boolean(), enabled: z.boolean() });
export type TotpStatus = z.infer<typeof TotpStatusSchema>;

export const TotpEnrolmentSchema = z.object({
  /** For authenticator apps; also shown as text for manual entry. */
  otpauthUri: z.string(),
  secret: z.string(),
  /** The URI as a QR code (PNG data URL). */
  qrDataUrl: z.string(),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;

export const TotpCodeSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') });
export type TotpCode = z.infer<typeof TotpCodeSchema>;

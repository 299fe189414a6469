import { z } from 'zod';
import { LanguageSchema } from './language';
import { RoleGrantSchema } from './roles';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const LoginRequestSchema = z.strictObject({
  /** User name or e-mail address. */
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /** The authenticator code, for accounts with the second factor (asked after `totp_required`). */
  totpCode: z
    .string()
    .regex(/^\d{6}$/, 'six digits')
    .optional(),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export const PersonSummarySchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  positionCode: z.string(),
  positionTitle: z.string(),
});

export const MeSchema = z.object({
  accountId: z.uuid(),
  username: z.string(),
  email: z.string().nullable(),
  displayName: z.string(),
  preferredLanguage: LanguageSchema,
  roles: z.array(RoleGrantSchema),
  permissions: z.array(z.string()),
  person: PersonSummarySchema.nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const TokenResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
  me: MeSchema,
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const OidcStatusSchema = z.object({
  enabled: z.boolean(),
  label: z.string().nullable(),
});
export type OidcStatus = z.infer<typeof OidcStatusSchema>;

import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const IdentityErrorCode = {
  InvalidCredentials: 'invalid_credentials',
  TooManyAttempts: 'too_many_attempts',
  RefreshInvalid: 'refresh_invalid',
  RefreshReused: 'refresh_reused',
  WeakPassword: 'weak_password',
  UsernameTaken: 'username_taken',
  EmailTaken: 'email_taken',
  PersonalCodeTaken: 'personal_code_taken',
  PersonHasAccount: 'person_has_account',
  OrganisationCodeTaken: 'organisation_code_taken',
  UnknownOrganisation: 'unknown_organisation',
  UnknownPerson: 'unknown_person',
  OutOfScope: 'out_of_scope',
  InvalidScope: 'invalid_scope',
  SsoNotConfigured: 'sso_not_configured',
  SsoFailed: 'sso_failed',
  SsoNoAccount: 'sso_no_account',
  CrossSiteRequest: 'cross_site_request',
  TotpRequired: 'totp_required',
  TotpInvalid: 'totp_invalid',
  TotpNotAvailable: 'totp_not_available',
  TotpAlreadyEnabled: 'totp_already_enabled',
  TotpNotEnrolling: 'totp_not_enrolling',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];

const STATUS: Record<IdentityErrorCode, number> = {
  invalid_credentials: 401,
  too_many_attempts: 429,
  refresh_invalid: 401,
  refresh_reused: 401,
  weak_password: 400,
  username_taken: 409,
  email_taken: 409,
  personal_code_taken: 409,
  person_has_account: 409,
  organisation_code_taken: 409,
  unknown_organisation: 400,
  unknown_person: 400,
  out_of_scope: 403,
  invalid_scope: 400,
  sso_not_configured: 404,
  sso_failed: 400,
  sso_no_account: 403,
  cross_site_request: 403,
  totp_required: 401,
  totp_invalid: 400,
  totp_not_available: 403,
  totp_already_enabled: 409,
  totp_not_enrolling: 409,
};

export class IdentityException extends AppException {
  constructor(code: IdentityErrorCode, message: string, errors?: FieldError[], headers?: Record<string, string>) {
    super(code, STATUS[code], message, errors, headers);
  }
}

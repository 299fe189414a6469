import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const CredentialsErrorCode = {
  MalformedSerial: 'malformed_serial',
  CertificateNotFound: 'certificate_not_found',
  DecisionNotPassing: 'decision_not_passing',
  CertificateExists: 'certificate_exists',
  AlreadyRevoked: 'already_revoked',
  StatusListNotFound: 'status_list_not_found',
} as const;
export type CredentialsErrorCode = (typeof CredentialsErrorCode)[keyof typeof CredentialsErrorCode];

const STATUS: Record<CredentialsErrorCode, number> = {
  malformed_serial: 400,
  certificate_not_found: 404,
  decision_not_passing: 409,
  certificate_exists: 409,
  already_revoked: 409,
  status_list_not_found: 404,
};

export class CredentialsException extends AppException {
  constructor(code: CredentialsErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}

/**
 * Codes of the errors thrown by the pure rules in `@civics/domain`.
 * Callers (API features) map them to their own exception codes / HTTP 400 responses.
 */
export const DOMAIN_ERROR_CODES = [
  /** A number that must be finite is NaN or ±Infinity. */
  'NON_FINITE_NUMBER',
  /** A competency weight is below 0. */
  'NEGATIVE_WEIGHT',
  /** A required or achieved level is outside 0..N of the scale. */
  'LEVEL_OUT_OF_RANGE',
  /** A required or achieved level is not a whole number (levels are ordinal). */
  'LEVEL_NOT_INTEGER',
  /** The scale size N is not a whole number ≥ 1. */
  'INVALID_SCALE_SIZE',
  /** The same competency code appears twice in one set of requirements. */
  'DUPLICATE_COMPETENCY',
  /** A competency code is empty or blank. */
  'INVALID_COMPETENCY_CODE',
  /** An attestation rule has a value outside its allowed range. */
  'INVALID_RULE',
  /** A commission quorum is not a fraction in (0, 1]. */
  'INVALID_QUORUM',
  /** A member or vote count is not a whole number, is negative, or votes exceed members. */
  'INVALID_VOTE_COUNT',
  /** A month is not written yyyy-mm. */
  'INVALID_MONTH',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Error thrown by the domain rules for invalid input. `code` is stable and machine-readable. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Optional context, e.g. `{ field: 'weight', competencyCode: 'IS1', value: -1 }`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

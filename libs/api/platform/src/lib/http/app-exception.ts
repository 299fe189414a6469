import type { FieldError } from '@civics/contracts';

/**
 * Base of every feature's exception: a stable machine code, the HTTP status it maps to and
 * optional field-level details. The global filter turns it into RFC 9457 problem+json.
 */
export class AppException extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const PlatformErrorCode = {
  ValidationFailed: 'validation_failed',
  NotFound: 'not_found',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  BodyTooLarge: 'body_too_large',
  MalformedBody: 'malformed_body',
  UnsupportedMediaType: 'unsupported_media_type',
  DatabaseUnavailable: 'database_unavailable',
  Conflict: 'conflict',
  Internal: 'internal_error',
} as const;

export class ValidationException extends AppException {
  constructor(errors: FieldError[], message = 'The request has invalid fields.') {
    super(PlatformErrorCode.ValidationFailed, 400, message, errors);
  }
}

export class NotFoundException extends AppException {
  constructor(what = 'The resource') {
    super(PlatformErrorCode.NotFound, 404, `${what} was not found.`);
  }
}

export class UnauthenticatedException extends AppException {
  constructor(message = 'Sign in to continue.') {
    super(PlatformErrorCode.Unauthenticated, 401, message);
  }
}

export class ForbiddenException extends AppException {
  constructor(message = 'You may not do this.') {
    super(PlatformErrorCode.Forbidden, 403, message);
  }
}

import { HttpException } from '@nestjs/common';
import type { Problem } from '@civics/contracts';
import { AppException, PlatformErrorCode } from './app-exception';

export interface MappedProblem {
  readonly body: Problem;
  readonly headers: Record<string, string>;
  /** True when the error is a bug or an outage worth an error log line. */
  readonly unexpected: boolean;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own request errors (raised before a handler runs). */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: PlatformErrorCode.BodyTooLarge, detail: 'The request body is larger than 1 MiB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: PlatformErrorCode.UnsupportedMediaType,
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: PlatformErrorCode.MalformedBody, detail: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: PlatformErrorCode.MalformedBody, detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: PlatformErrorCode.MalformedBody,
    detail: 'The Content-Length does not match the body.',
  },
};

/** Framework-raised statuses and what they mean to a client (no handler of ours ran). */
const HTTP_STATUS_CODES: Record<number, { code: string; detail: string }> = {
  400: { code: PlatformErrorCode.MalformedBody, detail: 'The request body could not be read (malformed JSON?).' },
  401: { code: PlatformErrorCode.Unauthenticated, detail: 'Sign in to continue.' },
  403: { code: PlatformErrorCode.Forbidden, detail: 'You may not do this.' },
  404: { code: PlatformErrorCode.NotFound, detail: 'No such route.' },
  413: { code: PlatformErrorCode.BodyTooLarge, detail: 'The request body is larger than 1 MiB.' },
  415: { code: PlatformErrorCode.UnsupportedMediaType, detail: 'Send the body as application/json.' },
};

/** PostgreSQL conditions that mean the database cannot be reached right now. */
const DB_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);

/** node-postgres errors without a code that also mean the database went away (a restart, a dropped socket). */
const DB_DOWN_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed and is not queryable|the database system is (starting up|shutting down)/i;

function databaseDown(error: unknown, code: string | undefined): boolean {
  if (code && DB_DOWN.has(code)) return true;
  const e = error as { message?: unknown; driverError?: { message?: unknown } };
  return [e?.message, e?.driverError?.message].some((m) => typeof m === 'string' && DB_DOWN_MESSAGE.test(m));
}

function problem(status: number, code: string, detail: string | undefined, requestId: string, instance: string): Problem {
  return {
    type: `https://civics.gov.az/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
    instance,
    requestId,
  };
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  if (typeof e?.driverError?.code === 'string') return e.driverError.code;
  return typeof e?.code === 'string' ? e.code : undefined;
}

/** Maps any thrown value to an RFC 9457 problem; one place for every error of the API. */
export function mapToProblem(error: unknown, requestId: string, instance: string): MappedProblem {
  if (error instanceof AppException) {
    const body = problem(error.status, error.code, error.message, requestId, instance);
    return { body: error.errors ? { ...body, errors: error.errors } : body, headers: error.headers ?? {}, unexpected: false };
  }
  const code = errorCode(error);
  if (code && FASTIFY_CODES[code]) {
    const f = FASTIFY_CODES[code];
    return { body: problem(f.status, f.code, f.detail, requestId, instance), headers: {}, unexpected: false };
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return {
      body: problem(400, PlatformErrorCode.MalformedBody, 'The body is not valid JSON.', requestId, instance),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    // Nest wraps Fastify's own request errors (body parsing, size, media type) as HttpExceptions.
    const status = error.getStatus();
    const known = HTTP_STATUS_CODES[status];
    const code = known?.code ?? `http_${status}`;
    return { body: problem(status, code, known?.detail ?? error.message, requestId, instance), headers: {}, unexpected: status >= 500 };
  }
  const statusCode = (error as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return {
      body: problem(statusCode, `http_${statusCode}`, (error as Error).message, requestId, instance),
      headers: {},
      unexpected: false,
    };
  }
  if (databaseDown(error, code)) {
    return {
      body: problem(503, PlatformErrorCode.DatabaseUnavailable, 'The database is not available; try again shortly.', requestId, instance),
      headers: { 'retry-after': '5' },
      unexpected: true,
    };
  }
  if (code === '23505') {
    return {
      body: problem(409, PlatformErrorCode.Conflict, 'The record conflicts with an existing one.', requestId, instance),
      headers: {},
      unexpected: false,
    };
  }
  return {
    body: problem(500, PlatformErrorCode.Internal, 'An unexpected error occurred.', requestId, instance),
    headers: {},
    unexpected: true,
  };
}

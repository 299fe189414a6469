import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, Problem } from '@civics/contracts';

/** The RFC 9457 body of a failed API call, or null when the failure carried none (network, proxy). */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body: unknown = error.error;
  if (body && typeof body === 'object' && typeof (body as Problem).code === 'string') {
    return body as Problem;
  }
  return null;
}

/** The server gave no answer (no connection, or the proxy could not reach it): not a refusal. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 502);
}

/** The field name a problem's error points at: `login`, `/login` and `body.login` all mean `login`. */
export function fieldNameOf(error: FieldError): string {
  const parts = error.field.split(/[/.]/).filter((p) => p !== '' && p !== 'body');
  return parts[0] ?? '';
}

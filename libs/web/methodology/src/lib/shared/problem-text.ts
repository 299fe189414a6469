import type { FieldError } from '@civics/contracts';
import { problemOf } from '@civics/web-core';
import { HttpErrorResponse } from '@angular/common/http';

/** Problem codes of the methodology API that the pages explain in their own words. */
const KNOWN_CODES = new Set([
  'methodology_not_found',
  'methodology_frozen',
  'methodology_invalid',
  'translations_missing',
  'methodology_not_approved',
  'successor_required',
  'invalid_successor',
  'no_current_methodology',
  'import_invalid',
  'not_found',
  'validation_failed',
]);

/** A failed call as a translation key (by its problem code) and the field errors it carried. */
export interface Failure {
  readonly key: string;
  readonly code: string | null;
  readonly errors: readonly FieldError[];
}

export function failureOf(error: unknown): Failure {
  const problem = problemOf(error);
  if (problem) {
    return {
      key: KNOWN_CODES.has(problem.code) ? `methodology.errors.${problem.code}` : 'errors.unexpected',
      code: problem.code,
      errors: problem.errors ?? [],
    };
  }
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return { key: 'errors.network', code: null, errors: [] };
  }
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return { key: 'methodology.errors.forbidden', code: null, errors: [] };
  }
  return { key: 'errors.unexpected', code: null, errors: [] };
}

/**
 * Where an import problem is: the API sends `field` (problem+json) and the contract's report
 * row says `location`; either may come.
 */
export function locationOf(error: FieldError | { readonly location?: string; readonly field?: string }): string {
  const e = error as { location?: string; field?: string };
  return e.field ?? e.location ?? '';
}

import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError } from '@civics/contracts';
import { problemOf } from '@civics/web-core';

/** Problem codes of the item-bank API that the pages explain in their own words. */
const KNOWN_CODES = new Set([
  'item_not_found',
  'item_invalid_transition',
  'reviewer_is_author',
  'item_key_missing',
  'item_key_mismatch',
  'unknown_competency',
  'validation_failed',
  'body_too_large',
  'not_found',
  'forbidden',
  'conflict',
]);

/** Field-error codes the editor explains in its own words (else the server's message is shown). */
const KNOWN_FIELD_CODES = new Set(['key_mismatch', 'unknown_competency', 'level_outside_scale']);

export interface FieldProblem {
  /** The field path without the `body.` prefix, e.g. `content.key`. */
  readonly field: string;
  /** A translation key, when the code is one the page knows. */
  readonly key: string | null;
  readonly message: string;
}

/** A failed call as a translation key (by its problem code) and the field errors it carried. */
export interface Failure {
  readonly key: string;
  readonly code: string | null;
  readonly fields: readonly FieldProblem[];
}

function fieldProblem(error: FieldError): FieldProblem {
  const field = error.field.replace(/^\/?body[./]?/, '').replace(/\//g, '.');
  const code = error.code;
  return { field, key: KNOWN_FIELD_CODES.has(code) ? `items.fieldErrors.${code}` : null, message: error.message };
}

export function failureOf(error: unknown): Failure {
  const problem = problemOf(error);
  if (problem) {
    return {
      key: KNOWN_CODES.has(problem.code) ? `items.errors.${problem.code}` : 'errors.unexpected',
      code: problem.code,
      fields: (problem.errors ?? []).map(fieldProblem),
    };
  }
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return { key: 'errors.network', code: null, fields: [] };
  }
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return { key: 'items.errors.forbidden', code: null, fields: [] };
  }
  if (error instanceof HttpErrorResponse && error.status === 404) {
    return { key: 'items.errors.not_found', code: null, fields: [] };
  }
  return { key: 'errors.unexpected', code: null, fields: [] };
}

import type { ImportProblem } from '@civics/contracts';
import type { z } from 'zod';

/** Machine-readable problem codes (the `code` of an `ImportProblem`). */
export type ImportProblemCode =
  | 'encoding'
  | 'csv-syntax'
  | 'empty-file'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'column-count'
  | 'not-object'
  | 'missing-field'
  | 'invalid-field'
  | 'duplicate-identifier'
  | 'duplicate-code'
  | 'bad-code'
  | 'dangling-association'
  | 'cyclic-association'
  | 'multiple-parents'
  | 'unreachable-item'
  | 'too-deep'
  | 'unsupported-language'
  | 'missing-text'
  | 'inconsistent-area'
  | 'scale-too-large'
  | 'scale-order'
  | 'level-outside-scale'
  | 'unknown-competency'
  | 'schema';

export function problem(location: string, code: ImportProblemCode, message: string): ImportProblem {
  return { location, code, message };
}

/** `areas.0.competencies.1` style key of a zod path (what `locate` callbacks receive). */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const TEXT_FIELDS = new Set(['title', 'description', 'text', 'label', 'descriptor']);
const CODE_FIELDS = new Set(['code', 'competencyCode']);
const LEVEL_FIELDS = new Set(['level', 'requiredLevel']);

/**
 * Issues the importers have already reported in their own words (codes, missing texts, levels
 * against the scale): the schema would only repeat them with a less useful location.
 */
function alreadyReported(issue: z.core.$ZodIssue): boolean {
  const last = String(issue.path[issue.path.length - 1] ?? '');
  if (issue.code === 'invalid_format' && CODE_FIELDS.has(last)) return true;
  if (issue.code === 'custom' && TEXT_FIELDS.has(last)) return true;
  return (issue.code === 'too_big' || issue.code === 'too_small') && LEVEL_FIELDS.has(last);
}

/** Turns the schema's issues into problems; `locate` maps a content path to a location. */
export function schemaProblems(error: z.ZodError, locate: (path: readonly PropertyKey[]) => string): ImportProblem[] {
  return error.issues
    .filter((issue) => !alreadyReported(issue))
    .map((issue) => problem(locate(issue.path), 'schema', `${pathKey(issue.path) || 'content'}: ${issue.message}`));
}

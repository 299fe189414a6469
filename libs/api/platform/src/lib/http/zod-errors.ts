import type { FieldError } from '@civics/contracts';
import type { z } from 'zod';

/** Zod issues as field errors; `where` prefixes the path (body, query, params). */
export function fieldErrorsOf(error: z.ZodError, where: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return { field: [where, ...path].join('.'), message: `Unknown field(s): ${issue.keys.join(', ')}`, code: issue.code };
    }
    return { field: [where, ...path].join('.') || where, message: issue.message, code: issue.code };
  });
}

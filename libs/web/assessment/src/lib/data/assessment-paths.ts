import type { AssessmentRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The assessment API paths, restated from the contracts' route table (a value import of the
 * contracts would pull zod into this lazy chunk) and checked against it by the compiler.
 */
export const AssessmentPaths = {
  templates: '/api/assessment-templates',
  myAttempts: '/api/attempts',
  start: '/api/attempts',
  get: '/api/attempts/:id',
  saveResponse: '/api/attempts/:id/responses/:itemId',
  next: '/api/attempts/:id/next',
  submit: '/api/attempts/:id/submit',
  result: '/api/attempts/:id/result',
  myProfile: '/api/me/profile',
} as const satisfies {
  templates: PathOf<typeof AssessmentRoutes.listTemplates>;
  myAttempts: PathOf<typeof AssessmentRoutes.myAttempts>;
  start: PathOf<typeof AssessmentRoutes.start>;
  get: PathOf<typeof AssessmentRoutes.get>;
  saveResponse: PathOf<typeof AssessmentRoutes.saveResponse>;
  next: PathOf<typeof AssessmentRoutes.next>;
  submit: PathOf<typeof AssessmentRoutes.submit>;
  result: PathOf<typeof AssessmentRoutes.result>;
  myProfile: PathOf<typeof AssessmentRoutes.myProfile>;
};

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Web paths of the assessment pages. */
export const ExamPages = {
  tests: '/tests',
  attempt: (id: string) => `/tests/attempts/${encodeURIComponent(id)}`,
  result: (id: string) => `/tests/attempts/${encodeURIComponent(id)}/result`,
  profile: '/profile',
} as const;

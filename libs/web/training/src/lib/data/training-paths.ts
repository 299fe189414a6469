import type { TrainingRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The training API paths, restated from the contracts' route table (a value import of the
 * contracts would pull zod into this lazy chunk) and checked against it by the compiler.
 */
export const TrainingPaths = {
  providers: '/api/providers',
  courses: '/api/courses',
  manageCourses: '/api/courses/manage',
  course: '/api/courses/:id',
  updateCourse: '/api/courses/:id',
  submitCourse: '/api/courses/:id/submit',
  approveCourse: '/api/courses/:id/approve',
  rejectCourse: '/api/courses/:id/reject',
  addSession: '/api/courses/:id/sessions',
  sessionEnrolments: '/api/sessions/:id/enrolments',
  uploadCompletions: '/api/sessions/:id/completions',
  enrol: '/api/enrolments',
  myEnrolments: '/api/enrolments/me',
  withdraw: '/api/enrolments/:id/withdraw',
  recordOutcome: '/api/enrolments/:id/outcome',
  myPlan: '/api/plans/me',
  personPlan: '/api/plans/person/:personId',
  proposeMine: '/api/plans/me/propose',
  proposeForPerson: '/api/plans/person/:personId/propose',
  updatePlanItem: '/api/plan-items/:id',
  notifications: '/api/notifications/me',
  effectiveness: '/api/effectiveness',
  resources: '/api/resources',
  persons: '/api/persons',
} as const satisfies {
  providers: PathOf<typeof TrainingRoutes.listProviders>;
  courses: PathOf<typeof TrainingRoutes.catalogue>;
  manageCourses: PathOf<typeof TrainingRoutes.manageCourses>;
  course: PathOf<typeof TrainingRoutes.getCourse>;
  updateCourse: PathOf<typeof TrainingRoutes.updateCourse>;
  submitCourse: PathOf<typeof TrainingRoutes.submitCourse>;
  approveCourse: PathOf<typeof TrainingRoutes.approveCourse>;
  rejectCourse: PathOf<typeof TrainingRoutes.rejectCourse>;
  addSession: PathOf<typeof TrainingRoutes.addSession>;
  sessionEnrolments: PathOf<typeof TrainingRoutes.sessionEnrolments>;
  uploadCompletions: PathOf<typeof TrainingRoutes.uploadCompletions>;
  enrol: PathOf<typeof TrainingRoutes.enrol>;
  myEnrolments: PathOf<typeof TrainingRoutes.myEnrolments>;
  withdraw: PathOf<typeof TrainingRoutes.withdraw>;
  recordOutcome: PathOf<typeof TrainingRoutes.recordOutcome>;
  myPlan: PathOf<typeof TrainingRoutes.myPlan>;
  personPlan: PathOf<typeof TrainingRoutes.personPlan>;
  proposeMine: PathOf<typeof TrainingRoutes.proposeMine>;
  proposeForPerson: PathOf<typeof TrainingRoutes.proposeForPerson>;
  updatePlanItem: PathOf<typeof TrainingRoutes.updatePlanItem>;
  notifications: PathOf<typeof TrainingRoutes.myNotifications>;
  effectiveness: PathOf<typeof TrainingRoutes.effectiveness>;
  resources: PathOf<typeof TrainingRoutes.listResources>;
  persons: '/api/persons';
};

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Web paths of the training pages. */
export const TrainingPages = {
  catalogue: '/training/catalogue',
  course: (id: string) => `/training/catalogue/${encodeURIComponent(id)}`,
  plan: '/training/plan',
  people: '/training/people',
  personPlan: (personId: string) => `/training/people/${encodeURIComponent(personId)}`,
  courses: '/training/courses',
  review: '/training/review',
  effectiveness: '/training/effectiveness',
  library: '/training/library',
} as const;

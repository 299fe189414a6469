import type { AnalyticsRoutes, RosterRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The analytics API paths, restated from the contracts' route table (a value import of the
 * contracts would pull zod into this lazy chunk) and checked against it by the compiler.
 */
export const AnalyticsPaths = {
  compliance: '/api/analytics/compliance',
  people: '/api/analytics/compliance/people',
  exportTable: '/api/analytics/compliance/export',
  summaryReport: '/api/analytics/compliance/report',
  person: '/api/analytics/persons/:id',
  status: '/api/analytics/status',
  refresh: '/api/analytics/refresh',
  reports: '/api/analytics/reports',
  reportFile: '/api/analytics/reports/:id/file',
  runMonthly: '/api/analytics/reports/run',
  rosterUpload: '/api/roster-imports',
  rosterList: '/api/roster-imports',
  rosterTemplate: '/api/roster-imports/template',
  rosterGet: '/api/roster-imports/:id',
  rosterRows: '/api/roster-imports/:id/rows',
  rosterCommit: '/api/roster-imports/:id/commit',
  rosterDiscard: '/api/roster-imports/:id/discard',
  rosterReport: '/api/roster-imports/:id/report',
} as const satisfies {
  compliance: PathOf<typeof AnalyticsRoutes.compliance>;
  people: PathOf<typeof AnalyticsRoutes.people>;
  exportTable: PathOf<typeof AnalyticsRoutes.exportTable>;
  summaryReport: PathOf<typeof AnalyticsRoutes.summaryReport>;
  person: PathOf<typeof AnalyticsRoutes.person>;
  status: PathOf<typeof AnalyticsRoutes.status>;
  refresh: PathOf<typeof AnalyticsRoutes.refresh>;
  reports: PathOf<typeof AnalyticsRoutes.reports>;
  reportFile: PathOf<typeof AnalyticsRoutes.reportFile>;
  runMonthly: PathOf<typeof AnalyticsRoutes.runMonthly>;
  rosterUpload: PathOf<typeof RosterRoutes.upload>;
  rosterList: PathOf<typeof RosterRoutes.list>;
  rosterTemplate: PathOf<typeof RosterRoutes.template>;
  rosterGet: PathOf<typeof RosterRoutes.get>;
  rosterRows: PathOf<typeof RosterRoutes.rows>;
  rosterCommit: PathOf<typeof RosterRoutes.commit>;
  rosterDiscard: PathOf<typeof RosterRoutes.discard>;
  rosterReport: PathOf<typeof RosterRoutes.report>;
};

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Web paths of the analytics pages. */
export const AnalyticsPages = {
  dashboard: '/analytics',
  person: (id: string) => `/analytics/person/${encodeURIComponent(id)}`,
  roster: '/analytics/roster',
  reports: '/analytics/reports',
} as const;

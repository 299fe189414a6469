import type { Role } from '@civics/contracts';

/**
 * What each role will do here (DESIGN.md §2), listed on its home page until the feature pages
 * replace the list. Values are translation keys under `roleHome.<role>.next`.
 */
export const ROLE_UPCOMING: Readonly<Record<Role, readonly string[]>> = {
  civil_servant: ['diagnostics', 'profile', 'plan', 'attestation', 'certificates', 'accessLog'],
  hr_officer: ['staff', 'roster', 'sessions', 'compliance', 'reports'],
  commission_member: ['candidates', 'votes'],
  training_provider: ['courses', 'enrolments', 'completions', 'effectiveness'],
  methodologist: ['versions', 'profiles', 'itemBank', 'itemQuality'],
  administrator: ['accounts', 'organisations', 'audit'],
};

import type { Role } from './roles';

/** Permission keys checked by the API guard and used by the web app to shape navigation. */
export const Permission = {
  MeRead: 'me:read',
  OrganisationsRead: 'organisations:read',
  OrganisationsManage: 'organisations:manage',
  PersonsRead: 'persons:read',
  PersonsManage: 'persons:manage',
  AccountsManage: 'accounts:manage',
  AuditRead: 'audit:read',
  MethodologyReadDrafts: 'methodology:read-drafts',
  MethodologyManage: 'methodology:manage',
  ItemsRead: 'items:read',
  ItemsManage: 'items:manage',
  TemplatesManage: 'templates:manage',
  AssessmentTake: 'assessment:take',
  ProvidersManage: 'providers:manage',
  CoursesManage: 'courses:manage',
  CoursesApprove: 'courses:approve',
  TrainingEnrol: 'training:enrol',
  PlansManage: 'plans:manage',
  EffectivenessRead: 'effectiveness:read',
  ResourcesManage: 'resources:manage',
  AttestationManage: 'attestation:manage',
  AttestationVote: 'attestation:vote',
  AnalyticsRead: 'analytics:read',
  AnalyticsManage: 'analytics:manage',
  PrivacyManage: 'privacy:manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * Administrators hold every permission except authoring (the methodology and items: methodologists;
 * courses: providers), what a civil servant does for themself (sitting tests, enrolling) and a
 * commission member's vote.
 */
const NOT_ADMIN: readonly Permission[] = [
  Permission.MethodologyManage,
  Permission.ItemsManage,
  Permission.AssessmentTake,
  Permission.CoursesManage,
  Permission.TrainingEnrol,
  Permission.AttestationVote,
];
const ADMIN = Object.values(Permission).filter((p) => !NOT_ADMIN.includes(p));

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  civil_servant: [Permission.MeRead, Permission.AssessmentTake, Permission.TrainingEnrol],
  hr_officer: [
    Permission.MeRead,
    Permission.OrganisationsRead,
    Permission.PersonsRead,
    Permission.PersonsManage,
    Permission.PlansManage,
    Permission.EffectivenessRead,
    Permission.AttestationManage,
    Permission.AnalyticsRead,
  ],
  commission_member: [Permission.MeRead, Permission.AttestationVote],
  training_provider: [Permission.MeRead, Permission.CoursesManage, Permission.EffectivenessRead],
  methodologist: [
    Permission.MeRead,
    Permission.MethodologyReadDrafts,
    Permission.MethodologyManage,
    Permission.ItemsRead,
    Permission.ItemsManage,
    Permission.TemplatesManage,
    Permission.CoursesApprove,
    Permission.EffectivenessRead,
    Permission.ResourcesManage,
  ],
  administrator: ADMIN,
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

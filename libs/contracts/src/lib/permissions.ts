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
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Administrators hold every permission except authoring the methodology and items (the methodologists' work) and sitting tests. */
const ADMIN = Object.values(Permission).filter(
  (p) => p !== Permission.MethodologyManage && p !== Permission.ItemsManage && p !== Permission.AssessmentTake,
);

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  civil_servant: [Permission.MeRead, Permission.AssessmentTake],
  hr_officer: [Permission.MeRead, Permission.OrganisationsRead, Permission.PersonsRead, Permission.PersonsManage],
  commission_member: [Permission.MeRead],
  training_provider: [Permission.MeRead],
  methodologist: [
    Permission.MeRead,
    Permission.MethodologyReadDrafts,
    Permission.MethodologyManage,
    Permission.ItemsRead,
    Permission.ItemsManage,
    Permission.TemplatesManage,
  ],
  administrator: ADMIN,
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

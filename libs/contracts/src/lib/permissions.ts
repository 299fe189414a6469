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
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Administrators hold every permission except editing the methodology, which is the methodologists' alone. */
const ADMIN = Object.values(Permission).filter((p) => p !== Permission.MethodologyManage);

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  civil_servant: [Permission.MeRead],
  hr_officer: [
    Permission.MeRead,
    Permission.OrganisationsRead,
    Permission.PersonsRead,
    Permission.PersonsManage,
  ],
  commission_member: [Permission.MeRead],
  training_provider: [Permission.MeRead],
  methodologist: [Permission.MeRead, Permission.MethodologyReadDrafts, Permission.MethodologyManage],
  administrator: ADMIN,
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

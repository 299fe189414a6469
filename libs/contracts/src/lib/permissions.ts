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
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const ALL = Object.values(Permission);

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
  methodologist: [Permission.MeRead],
  administrator: ALL,
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

import type { Permission, Role } from '@civics/contracts';
import { WEB_ROLES } from '../api/api-paths';
import type { IconName } from '@civics/web-ui';
import { ROLE_SECTIONS, roleSectionPath } from './role-sections';

/**
 * One entry of the main navigation. An entry with `roles` shows to holders of any of them; one
 * with `permission` only to accounts that have it; with both, both must hold.
 */
export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  readonly icon: IconName;
  readonly roles?: readonly Role[];
  readonly permission?: Permission;
  /** Highlight only on this exact path (for entries whose path prefixes others). */
  readonly exact?: boolean;
}

/**
 * The main navigation as data. Features add their rows here (with the role or permission that
 * may open them) and the shell shows each person only what they may use.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/home', labelKey: 'nav.home', icon: 'home', exact: true },
  ...WEB_ROLES.map(
    (role): NavItem => ({
      path: roleSectionPath(role),
      labelKey: ROLE_SECTIONS[role].navKey,
      icon: ROLE_SECTIONS[role].icon,
      roles: [role],
    }),
  ),
  { path: '/tests', labelKey: 'exam.nav.tests', icon: 'school', roles: ['civil_servant'], permission: 'assessment:take' },
  { path: '/profile', labelKey: 'profile.nav', icon: 'account', roles: ['civil_servant'], permission: 'assessment:take' },
  { path: '/framework', labelKey: 'methodology.nav.framework', icon: 'school' },
  { path: '/methodology', labelKey: 'methodology.nav.versions', icon: 'book', permission: 'methodology:read-drafts' },
  { path: '/items', labelKey: 'items.nav.bank', icon: 'book', permission: 'items:read', exact: true },
  { path: '/items/quality', labelKey: 'items.nav.quality', icon: 'visibility', permission: 'items:read' },
  { path: '/training/plan', labelKey: 'training.nav.plan', icon: 'school', roles: ['civil_servant'], permission: 'training:enrol' },
  { path: '/training/people', labelKey: 'training.nav.people', icon: 'organisation', permission: 'plans:manage' },
  { path: '/training/courses', labelKey: 'training.nav.courses', icon: 'school', permission: 'courses:manage' },
  { path: '/training/review', labelKey: 'training.nav.review', icon: 'gavel', permission: 'courses:approve' },
  { path: '/training/effectiveness', labelKey: 'training.nav.effectiveness', icon: 'visibility', permission: 'effectiveness:read' },
  { path: '/training/catalogue', labelKey: 'training.nav.catalogue', icon: 'school' },
  { path: '/training/library', labelKey: 'training.nav.library', icon: 'book' },
  { path: '/attestation/my', labelKey: 'attestation.nav.my', icon: 'gavel', roles: ['civil_servant'], permission: 'assessment:take' },
  { path: '/attestation/sessions', labelKey: 'attestation.nav.sessions', icon: 'gavel', permission: 'attestation:manage' },
  { path: '/attestation/certificates', labelKey: 'attestation.nav.certificates', icon: 'shield', permission: 'attestation:manage' },
  { path: '/attestation/commission', labelKey: 'attestation.nav.commission', icon: 'gavel', permission: 'attestation:vote' },
  { path: '/attestation/mail', labelKey: 'attestation.nav.mail', icon: 'book', permission: 'me:read' },
  { path: '/verify', labelKey: 'attestation.nav.verify', icon: 'visibility' },
  { path: '/analytics', labelKey: 'analytics.nav.dashboard', icon: 'barChart', permission: 'analytics:read', exact: true },
  { path: '/analytics/roster', labelKey: 'analytics.nav.roster', icon: 'upload', permission: 'persons:manage' },
  { path: '/analytics/reports', labelKey: 'analytics.nav.reports', icon: 'description', permission: 'analytics:read' },
  { path: '/privacy/person-file', labelKey: 'privacy.nav.personFile', icon: 'person', permission: 'persons:read' },
];

export function visibleNavItems(items: readonly NavItem[], roles: readonly Role[], permissions: ReadonlySet<string>): NavItem[] {
  return items.filter(
    (item) => (!item.roles || item.roles.some((r) => roles.includes(r))) && (!item.permission || permissions.has(item.permission)),
  );
}

import type { Role } from '@civics/contracts';
import type { IconName } from '@civics/web-ui';

export interface RoleSection {
  /** Path segment under /home, e.g. `/home/hr`. */
  readonly slug: string;
  /** Translation key of the section's name in the navigation. */
  readonly navKey: string;
  readonly icon: IconName;
}

/** Each role's own area of the app: its home page now, its feature pages as issues land. */
export const ROLE_SECTIONS: Readonly<Record<Role, RoleSection>> = {
  civil_servant: { slug: 'servant', navKey: 'nav.servant', icon: 'person' },
  hr_officer: { slug: 'hr', navKey: 'nav.hr', icon: 'organisation' },
  commission_member: { slug: 'commission', navKey: 'nav.commission', icon: 'gavel' },
  training_provider: { slug: 'provider', navKey: 'nav.provider', icon: 'school' },
  methodologist: { slug: 'methodology', navKey: 'nav.methodology', icon: 'book' },
  administrator: { slug: 'admin', navKey: 'nav.admin', icon: 'shield' },
};

export function roleSectionPath(role: Role): string {
  return `/home/${ROLE_SECTIONS[role].slug}`;
}

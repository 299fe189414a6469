import type { Me, Role, RoleGrant } from '@civics/contracts';
import type { KeyValue } from '@civics/web-ui';

type Translate = (key: string, params?: Readonly<Record<string, string>>) => string;

/** The account lines shown on the home page. */
export function accountFacts(me: Me, t: Translate): KeyValue[] {
  return [
    { label: t('home.username'), value: me.username, code: true },
    { label: t('home.email'), value: me.email ?? t('home.notGiven') },
    {
      label: t('home.roles'),
      value: distinctRoles(me)
        .map((r) => t(`roles.${r}`))
        .join(', '),
    },
  ];
}

/** The person record behind the account (civil servants, HR officers), or nothing. */
export function personFacts(me: Me, t: Translate): KeyValue[] {
  const person = me.person;
  if (!person) {
    return [];
  }
  return [
    { label: t('home.name'), value: `${person.firstName} ${person.lastName}` },
    { label: t('home.organisation'), value: person.organisationName },
    { label: t('home.position'), value: person.positionTitle },
    { label: t('home.positionCode'), value: person.positionCode, code: true },
  ];
}

/**
 * What a role grant is limited to. The organisation's name comes from `organisationName` (the
 * organisation list) or the person's own organisation; failing both, its identifier is shown.
 */
export function scopeFacts(
  me: Me,
  grant: RoleGrant,
  t: Translate,
  organisationName: (id: string) => string | null = () => null,
): KeyValue[] {
  const facts: KeyValue[] = [];
  if (grant.scopeOrganisationId) {
    const id = grant.scopeOrganisationId;
    const name = organisationName(id) ?? (me.person?.organisationId === id ? me.person.organisationName : null);
    facts.push({ label: t('home.scopeOrganisation'), value: name ?? id, code: name === null });
  }
  if (grant.scopeProviderId) {
    facts.push({ label: t('home.scopeProvider'), value: grant.scopeProviderId, code: true });
  }
  return facts;
}

export function distinctRoles(me: Me): Role[] {
  return [...new Set(me.roles.map((g) => g.role))];
}

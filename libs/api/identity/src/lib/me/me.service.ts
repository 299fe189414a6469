import { Injectable } from '@nestjs/common';
import { type Me, type Language, permissionsOf, type RoleGrant } from '@civics/contracts';
import { NotFoundException } from '@civics/api-platform';
import { AccountRepository } from '../accounts/account.repository';
import { PersonRepository } from '../persons/person.repository';
import { OrganisationRepository } from '../organisations/organisation.repository';
import type { AccountEntity } from '../entities';

export function grantsOf(account: AccountEntity): RoleGrant[] {
  return (account.roles ?? []).map((r) => ({
    role: r.role,
    scopeOrganisationId: r.scopeOrganisationId,
    scopeProviderId: r.scopeProviderId,
  }));
}

@Injectable()
export class MeService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly persons: PersonRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async me(accountId: string): Promise<Me> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw new NotFoundException('The account');
    return this.describe(account);
  }

  async describe(account: AccountEntity): Promise<Me> {
    const grants = grantsOf(account);
    const person = account.personId ? await this.persons.findById(account.personId) : null;
    const org = person ? await this.organisations.findById(person.organisationId) : null;
    const language: Language = person?.preferredLanguage ?? 'az';
    return {
      accountId: account.id,
      username: account.username,
      email: account.email,
      displayName: person ? `${person.firstName} ${person.lastName}` : account.username,
      preferredLanguage: language,
      roles: grants,
      permissions: [...permissionsOf(grants.map((g) => g.role))].sort(),
      person:
        person && org
          ? {
              id: person.id,
              firstName: person.firstName,
              lastName: person.lastName,
              organisationId: org.id,
              organisationName: org.name[language],
              positionCode: person.positionCode,
              positionTitle: person.positionTitle,
            }
          : null,
    };
  }
}

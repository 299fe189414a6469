import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, type DemoSeeder } from '@civics/api-platform';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { PersonRepository } from '../persons/person.repository';
import { AccountRepository } from '../accounts/account.repository';
import { AccountService } from '../accounts/account.service';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PROVIDER_ID } from './demo-identity.data';

/** Demo organisations, people and one account per role; skips whatever already exists. */
@Injectable()
export class DemoIdentitySeeder implements DemoSeeder {
  readonly name = 'identity';
  readonly order = 10;

  constructor(
    private readonly config: AppConfig,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly accounts: AccountRepository,
    private readonly accountService: AccountService,
  ) {}

  async run(): Promise<string[]> {
    const ids = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const existing = await this.organisations.findByCode(o.code);
      if (existing) {
        ids.set(o.code, existing.id);
        continue;
      }
      const parent = o.parentCode ? await this.organisations.findByCode(o.parentCode) : null;
      const id = randomUUID();
      await this.organisations.insert({
        id,
        parentId: parent?.id ?? null,
        code: o.code,
        kind: o.kind,
        name: o.name,
        path: `${parent?.path ?? '/'}${id}/`,
        createdAt: new Date(),
      });
      ids.set(o.code, id);
    }
    const lines = ['Demo accounts (password: DEMO_PASSWORD):'];
    for (const a of DEMO_ACCOUNTS) {
      lines.push(`  ${a.username.padEnd(14)} ${a.role}`);
      if (await this.accounts.findByLogin(a.username)) continue;
      let personId: string | null = null;
      if (a.person) {
        const p = a.person;
        const found = await this.persons.findByPersonalCode(p.personalCode);
        personId = found?.id ?? randomUUID();
        if (!found) {
          const { organisationCode, ...rest } = p;
          const now = new Date();
          await this.persons.insert({
            id: personId,
            ...rest,
            preferredLanguage: 'az',
            organisationId: ids.get(organisationCode) as string,
            leftOn: null,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      await this.accountService.create(
        null,
        {
          username: a.username,
          email: a.person?.email ?? `${a.username}@civics.gov.az`,
          personId,
          password: this.config.demoPassword,
          roles: [
            {
              role: a.role,
              scopeOrganisationId: a.scopeOrganisationCode ? (ids.get(a.scopeOrganisationCode) ?? null) : null,
              scopeProviderId: a.role === 'training_provider' ? DEMO_PROVIDER_ID : null,
            },
          ],
        },
        null,
      );
    }
    return lines;
  }
}

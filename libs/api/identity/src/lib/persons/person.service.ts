import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Person, PersonCreate, PersonListQuery, PersonUpdate } from '@civics/contracts';
import { type Actor, NotFoundException, type RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { PersonRepository } from './person.repository';
import { ScopeService } from '../scope/scope.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { PersonEntity } from '../entities';

export function toPerson(p: PersonEntity): Person {
  return {
    id: p.id,
    personalCode: p.personalCode,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    preferredLanguage: p.preferredLanguage,
    organisationId: p.organisationId,
    positionCode: p.positionCode,
    positionTitle: p.positionTitle,
    hiredOn: p.hiredOn,
    leftOn: p.leftOn,
  };
}

@Injectable()
export class PersonService {
  constructor(
    private readonly repo: PersonRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: PersonListQuery): Promise<{ items: Person[]; total: number }> {
    const roots = this.scope.organisationRoots(actor);
    if (query.organisationId && !(await this.scope.canManageOrganisation(actor, query.organisationId))) {
      throw new NotFoundException('The organisation');
    }
    const page = await this.repo.list({
      rootOrganisationIds: roots,
      organisationId: query.organisationId,
      q: query.q,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: page.items.map(toPerson), total: page.total };
  }

  /** Opening someone's file records who, when and the purpose they stated; the person sees it. */
  async get(actor: Actor, id: string, purpose: string, meta: RequestMeta): Promise<Person> {
    const person = await this.repo.findById(id);
    if (!person) throw new NotFoundException('The person');
    await this.scope.assertPersonVisible(actor, person);
    if (actor.personId !== person.id) {
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: AuditAction.PersonRead,
        subjectPersonId: person.id,
        purpose,
        requestId: meta.requestId,
      });
    }
    return toPerson(person);
  }

  async create(actor: Actor, input: PersonCreate, meta: RequestMeta): Promise<Person> {
    await this.assertOrganisationInScope(actor, input.organisationId);
    if (await this.repo.findByPersonalCode(input.personalCode)) {
      throw new IdentityException(IdentityErrorCode.PersonalCodeTaken, 'A person with this personal code exists.', [
        { field: 'body.personalCode', message: 'Already registered', code: 'taken' },
      ]);
    }
    const now = new Date();
    const person = await this.repo.insert({ id: randomUUID(), ...input, leftOn: null, createdAt: now, updatedAt: now });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.PersonCreated,
      subjectPersonId: person.id,
      purpose: 'staff_records',
      requestId: meta.requestId,
    });
    return toPerson(person);
  }

  async update(actor: Actor, id: string, input: PersonUpdate, meta: RequestMeta): Promise<Person> {
    const person = await this.repo.findById(id);
    if (!person || !(await this.scope.canManageOrganisation(actor, person.organisationId))) throw new NotFoundException('The person');
    if (input.organisationId && input.organisationId !== person.organisationId)
      await this.assertOrganisationInScope(actor, input.organisationId);
    const changed = Object.keys(input).filter((k) => input[k as keyof PersonUpdate] !== undefined);
    Object.assign(person, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
    const saved = await this.repo.save(person);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.PersonUpdated,
      subjectPersonId: id,
      purpose: 'staff_records',
      requestId: meta.requestId,
      details: { fields: changed },
    });
    return toPerson(saved);
  }

  private async assertOrganisationInScope(actor: Actor, organisationId: string): Promise<void> {
    if (!(await this.scope.canManageOrganisation(actor, organisationId))) {
      throw new IdentityException(IdentityErrorCode.UnknownOrganisation, 'The organisation does not exist or is outside your scope.', [
        { field: 'body.organisationId', message: 'Unknown or outside your scope', code: 'unknown' },
      ]);
    }
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Organisation, OrganisationCreate } from '@civics/contracts';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { OrganisationRepository } from './organisation.repository';
import { ScopeService } from '../scope/scope.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { OrganisationEntity } from '../entities';

export function toOrganisation(o: OrganisationEntity): Organisation {
  return { id: o.id, parentId: o.parentId, code: o.code, kind: o.kind, name: o.name };
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly repo: OrganisationRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<Organisation[]> {
    const roots = this.scope.organisationRoots(actor);
    const rows = roots === null ? await this.repo.all() : await this.repo.subtrees(roots);
    return rows.map(toOrganisation);
  }

  async create(actor: Actor, input: OrganisationCreate, meta: RequestMeta): Promise<Organisation> {
    const parent = input.parentId ? await this.repo.findById(input.parentId) : null;
    if (input.parentId && !parent) {
      throw new IdentityException(IdentityErrorCode.UnknownOrganisation, 'The parent organisation does not exist.', [
        { field: 'body.parentId', message: 'No such organisation', code: 'unknown' },
      ]);
    }
    if (await this.repo.findByCode(input.code)) {
      throw new IdentityException(IdentityErrorCode.OrganisationCodeTaken, 'An organisation with this code exists.', [
        { field: 'body.code', message: 'Already used', code: 'taken' },
      ]);
    }
    const id = randomUUID();
    const org = await this.repo.insert({
      id,
      parentId: input.parentId,
      code: input.code,
      kind: input.kind,
      name: input.name,
      path: `${parent?.path ?? '/'}${id}/`,
      createdAt: new Date(),
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.OrganisationCreated,
      requestId: meta.requestId,
      details: { organisationId: id, code: input.code },
    });
    return toOrganisation(org);
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Account,
  type AccountCreate,
  type AccountRolesUpdate,
  type PasswordChange,
  type RoleGrant,
  SCOPED_ROLES,
} from '@civics/contracts';
import { type Actor, NotFoundException, type RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { AccountRepository } from './account.repository';
import { PersonRepository } from '../persons/person.repository';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { PasswordHasher } from '../passwords/password-hasher';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblems } from '../passwords/password-policy';
import { SessionRepository } from '../auth/session.repository';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { grantsOf } from '../me/me.service';
import type { AccountEntity } from '../entities';

export function toAccount(a: AccountEntity): Account {
  return {
    id: a.id,
    username: a.username,
    email: a.email,
    personId: a.personId,
    roles: grantsOf(a),
    active: a.active,
    createdAt: a.createdAt.toISOString(),
  };
}

@Injectable()
export class AccountService {
  constructor(
    private readonly repo: AccountRepository,
    private readonly persons: PersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Account[]> {
    return (await this.repo.all()).map(toAccount);
  }

  async create(actor: Actor | null, input: AccountCreate, meta: RequestMeta | null): Promise<Account> {
    this.assertPassword(input.password, input.username, input.email, 'body.password');
    await this.assertGrants(input.roles);
    if (await this.repo.findByLogin(input.username)) {
      throw new IdentityException(IdentityErrorCode.UsernameTaken, 'The user name is taken.', [
        { field: 'body.username', message: 'Already used', code: 'taken' },
      ]);
    }
    if (input.email && (await this.repo.findByEmail(input.email))) {
      throw new IdentityException(IdentityErrorCode.EmailTaken, 'The e-mail address is used by another account.', [
        { field: 'body.email', message: 'Already used', code: 'taken' },
      ]);
    }
    if (input.personId && !(await this.persons.findById(input.personId))) {
      throw new IdentityException(IdentityErrorCode.UnknownPerson, 'The person does not exist.', [
        { field: 'body.personId', message: 'No such person', code: 'unknown' },
      ]);
    }
    const account = await this.repo.insert(
      {
        id: randomUUID(),
        username: input.username,
        email: input.email,
        passwordHash: await this.hasher.hash(input.password),
        personId: input.personId,
        active: true,
        oidcIssuer: null,
        oidcSubject: null,
        createdAt: new Date(),
        roles: [],
      },
      input.roles.map((g) => ({ role: g.role, scopeOrganisationId: g.scopeOrganisationId, scopeProviderId: g.scopeProviderId })),
    );
    await this.audit.record({
      actorAccountId: actor?.accountId ?? null,
      action: AuditAction.AccountCreated,
      subjectPersonId: input.personId,
      requestId: meta?.requestId ?? null,
      details: { accountId: account.id, username: account.username, roles: input.roles },
    });
    return toAccount(account);
  }

  async changePassword(actor: Actor, input: PasswordChange, meta: RequestMeta): Promise<void> {
    const account = await this.repo.findById(actor.accountId);
    if (!account) throw new NotFoundException('The account');
    if (!(await this.hasher.verify(account.passwordHash, input.currentPassword))) {
      throw new IdentityException(IdentityErrorCode.InvalidCredentials, 'The current password is not correct.', [
        { field: 'body.currentPassword', message: 'Not correct', code: 'invalid' },
      ]);
    }
    this.assertPassword(input.newPassword, account.username, account.email, 'body.newPassword');
    await this.repo.setPasswordHash(account.id, await this.hasher.hash(input.newPassword));
    await this.sessions.revokeAllOf(account.id, 'password_changed', actor.sessionId);
    await this.audit.record({ actorAccountId: account.id, action: AuditAction.PasswordChanged, requestId: meta.requestId });
  }

  /** Replaces an account's roles; its sessions end so no token keeps the old permissions. */
  async setRoles(actor: Actor, accountId: string, input: AccountRolesUpdate, meta: RequestMeta): Promise<Account> {
    const account = await this.repo.findById(accountId);
    if (!account) throw new NotFoundException('The account');
    if (accountId === actor.accountId && !input.roles.some((g) => g.role === 'administrator')) {
      throw new IdentityException(IdentityErrorCode.InvalidScope, 'You cannot take the administrator role from yourself.', [
        { field: 'body.roles', message: 'Keep the administrator role on your own account', code: 'self_demotion' },
      ]);
    }
    await this.assertGrants(input.roles);
    const before = grantsOf(account);
    const updated = await this.repo.replaceRoles(
      accountId,
      input.roles.map((g) => ({ role: g.role, scopeOrganisationId: g.scopeOrganisationId, scopeProviderId: g.scopeProviderId })),
    );
    await this.sessions.revokeAllOf(accountId, 'roles_changed', accountId === actor.accountId ? actor.sessionId : undefined);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.RolesChanged,
      subjectPersonId: account.personId,
      requestId: meta.requestId,
      details: { accountId, username: account.username, before, after: input.roles },
    });
    return toAccount(updated);
  }

  private async assertGrants(roles: readonly RoleGrant[]): Promise<void> {
    for (const [i, g] of roles.entries()) {
      const scope = SCOPED_ROLES[g.role];
      if (scope === 'organisation' && (!g.scopeOrganisationId || !(await this.organisations.findById(g.scopeOrganisationId)))) {
        throw new IdentityException(IdentityErrorCode.InvalidScope, 'An HR officer needs an existing scope organisation.', [
          { field: `body.roles.${i}.scopeOrganisationId`, message: 'Required: an existing organisation', code: 'invalid_scope' },
        ]);
      }
      if (scope === 'provider' && !g.scopeProviderId) {
        throw new IdentityException(IdentityErrorCode.InvalidScope, 'A training provider account needs its institution.', [
          { field: `body.roles.${i}.scopeProviderId`, message: 'Required', code: 'invalid_scope' },
        ]);
      }
    }
  }

  private assertPassword(password: string, username: string, email: string | null, field: string): void {
    const problems = passwordProblems(password, { username, email });
    if (problems.length) {
      throw new IdentityException(
        IdentityErrorCode.WeakPassword,
        'The password does not meet the rules.',
        problems.map((p) => ({ field, message: PASSWORD_PROBLEM_MESSAGES[p], code: p })),
      );
    }
  }
}

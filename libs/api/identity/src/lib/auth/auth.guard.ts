import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Permission, permissionsOf, type Role, type RoleGrant, type RouteDef } from '@civics/contracts';
import { type Actor, ForbiddenException, type RequestWithActor, ROUTE_DEF, UnauthenticatedException } from '@civics/api-platform';
import { type AccessClaims, TokenService } from './token.service';
import { SessionRepository } from './session.repository';
import { ActorCache } from './actor-cache';

/**
 * The global guard: every handler declares its access rule through its contract route.
 * A handler without one is refused, so no route is open by accident.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionRepository,
    private readonly cache: ActorCache,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const def = this.reflector.get<RouteDef | undefined>(ROUTE_DEF, ctx.getHandler());
    if (!def) throw new ForbiddenException('This route has no access rule.');
    const req = ctx.switchToHttp().getRequest<RequestWithActor>();
    if (def.access === 'public') {
      // Public routes still know who calls when a valid token is sent.
      req.actor = (await this.actorOf(req)) ?? undefined;
      return true;
    }
    const actor = await this.actorOf(req);
    if (!actor) throw new UnauthenticatedException();
    req.actor = actor;
    if (def.access !== 'authenticated' && !actor.permissions.has(def.access as Permission)) {
      throw new ForbiddenException('Your roles do not allow this.');
    }
    return true;
  }

  private async actorOf(req: RequestWithActor): Promise<Actor | null> {
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    if (!value?.startsWith('Bearer ')) return null;
    const claims = this.tokens.verifyAccess(value.slice(7).trim());
    if (!claims) return null;
    return this.cache.resolve(claims.sessionId, claims.accountId, () => this.load(claims));
  }

  /** Logout and revocation take effect: the session must still be live and the account active. */
  private async load(claims: AccessClaims): Promise<Actor | null> {
    const rows = await this.sessions.liveActorRows(claims.sessionId, claims.accountId);
    if (rows.length === 0) return null;
    const grants: RoleGrant[] = rows
      .filter((r) => r.role)
      .map((r) => ({ role: r.role as Role, scopeOrganisationId: r.scope_organisation_id, scopeProviderId: r.scope_provider_id }));
    const roles = grants.map((g) => g.role);
    const actor: Actor = {
      accountId: claims.accountId,
      sessionId: claims.sessionId,
      username: rows[0].username,
      personId: rows[0].person_id,
      grants,
      roles,
      permissions: permissionsOf(roles),
    };
    return actor;
  }
}

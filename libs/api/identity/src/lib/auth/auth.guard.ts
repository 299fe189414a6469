import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Permission, permissionsOf, type RouteDef } from '@civics/contracts';
import { type Actor, ForbiddenException, type RequestWithActor, ROUTE_DEF, UnauthenticatedException } from '@civics/api-platform';
import { TokenService } from './token.service';
import { SessionRepository } from './session.repository';
import { AccountRepository } from '../accounts/account.repository';
import { grantsOf } from '../me/me.service';

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
    private readonly accounts: AccountRepository,
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
    const claims = await this.tokens.verifyAccess(value.slice(7).trim());
    if (!claims) return null;
    // Logout and revocation take effect at once: the session must still be live.
    const session = await this.sessions.findLive(claims.sessionId);
    if (!session || session.accountId !== claims.accountId) return null;
    const account = await this.accounts.findById(claims.accountId);
    if (!account?.active) return null;
    const grants = grantsOf(account);
    const roles = grants.map((g) => g.role);
    return {
      accountId: account.id,
      sessionId: session.id,
      username: account.username,
      personId: account.personId,
      grants,
      roles,
      permissions: permissionsOf(roles),
    };
  }
}

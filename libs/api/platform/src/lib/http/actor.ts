import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission, Role, RoleGrant } from '@civics/contracts';
import { UnauthenticatedException } from './app-exception';

/** The signed-in caller, attached to the request by the authentication guard. */
export interface Actor {
  readonly accountId: string;
  readonly sessionId: string;
  readonly username: string;
  readonly personId: string | null;
  readonly grants: readonly RoleGrant[];
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
}

export interface RequestWithActor {
  actor?: Actor;
  id?: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** Handler parameter: the signed-in caller (the guard has already refused anonymous calls). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new UnauthenticatedException();
  return actor;
});

/** Request facts services record for audit and throttling. */
export interface RequestMeta {
  readonly requestId: string;
  readonly ip: string;
  readonly userAgent: string;
}

export const CurrentRequestMeta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const req = ctx.switchToHttp().getRequest<RequestWithActor>();
  const ua = req.headers['user-agent'];
  return { requestId: String(req.id ?? ''), ip: req.ip ?? '', userAgent: (Array.isArray(ua) ? ua[0] : (ua ?? '')).slice(0, 300) };
});

/** Handler parameter on public routes: the caller when a valid token was sent, else undefined. */
export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | undefined => {
  return ctx.switchToHttp().getRequest<RequestWithActor>().actor;
});

import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import type { AppConfig } from '@civics/api-platform';
import type { OidcPending } from '../oidc/oidc.service';

export const REFRESH_COOKIE = 'civics_rt';
const OIDC_COOKIE = 'civics_oidc';

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, token: string, expiresAt: Date): void {
  void reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'strict',
    path: '/api/auth',
    expires: expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth', httpOnly: true, secure: config.cookieSecure, sameSite: 'strict' });
}

export function readRefreshCookie(req: FastifyRequest): string | undefined {
  return req.cookies?.[REFRESH_COOKIE];
}

/** The pending OIDC state is signed; `lax` so it comes back on the provider's redirect. */
export function setOidcCookie(reply: FastifyReply, config: AppConfig, pending: OidcPending): void {
  void reply.setCookie(OIDC_COOKIE, JSON.stringify(pending), {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'lax',
    path: '/api/auth/oidc',
    maxAge: 600,
    signed: true,
  });
}

export function takeOidcCookie(req: FastifyRequest, reply: FastifyReply, config: AppConfig): OidcPending | null {
  const raw = req.cookies?.[OIDC_COOKIE];
  void reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc', httpOnly: true, secure: config.cookieSecure, sameSite: 'lax' });
  if (!raw) return null;
  const unsigned = req.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const v = JSON.parse(unsigned.value) as Partial<OidcPending>;
    return typeof v.state === 'string' && typeof v.nonce === 'string' && typeof v.verifier === 'string' ? (v as OidcPending) : null;
  } catch {
    return null;
  }
}

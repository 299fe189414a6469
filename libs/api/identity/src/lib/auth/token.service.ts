import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, SigningSecret } from '@civics/api-platform';

export interface AccessClaims {
  readonly accountId: string;
  readonly sessionId: string;
}

const ISSUER = 'civics-api';
/** jose ships ESM only; load it once. */
const jose = import('jose');
const AUDIENCE = 'civics';

/** Short-lived signed access tokens and opaque refresh tokens (stored only as SHA-256). */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens already verified, until they expire: a candidate's burst of saves verifies once. Only
   * the signature check is remembered (a pure function of token and key, the same on every
   * replica); whether the session still lives is asked of ActorCache on every request.
   */
  private readonly verified = new Map<string, AccessClaims & { exp: number }>();
  private readonly verifying = new Map<string, Promise<AccessClaims | null>>();

  constructor(
    private readonly config: AppConfig,
    secret: SigningSecret,
  ) {
    this.key = new TextEncoder().encode(secret.value);
  }

  get accessTtlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  async signAccess(claims: AccessClaims): Promise<string> {
    const { SignJWT } = await jose;
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid token, or null for anything expired, forged or malformed. */
  verifyAccess(token: string): Promise<AccessClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > Date.now()) return Promise.resolve({ accountId: known.accountId, sessionId: known.sessionId });
      this.verified.delete(token);
    }
    // Concurrent requests with one new token (a candidate's first burst) share one verification.
    let pending = this.verifying.get(token);
    if (!pending) {
      pending = this.verify(token).finally(() => this.verifying.delete(token));
      this.verifying.set(token, pending);
    }
    return pending;
  }

  private async verify(token: string): Promise<AccessClaims | null> {
    const { jwtVerify } = await jose;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string' || typeof payload.exp !== 'number') return null;
      const claims = { accountId: payload.sub, sessionId: payload['sid'] };
      if (this.verified.size >= 100_000) this.verified.clear();
      this.verified.set(token, { ...claims, exp: payload.exp });
      return claims;
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefresh(token), expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000) };
  }

  static hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}

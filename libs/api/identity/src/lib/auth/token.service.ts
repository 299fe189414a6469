import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, SigningSecret } from '@civics/api-platform';
import { verifyHs256 } from './hs256-jwt';

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
  private readonly key: Buffer;
  /**
   * Tokens already verified, until they expire: a candidate's burst of saves verifies once. Only
   * the signature check is remembered (a pure function of token and key, the same on every
   * replica); whether the session still lives is asked of ActorCache on every request.
   */
  private readonly verified = new Map<string, AccessClaims & { exp: number }>();

  constructor(
    private readonly config: AppConfig,
    secret: SigningSecret,
  ) {
    this.key = Buffer.from(secret.value, 'utf8');
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
  verifyAccess(token: string): AccessClaims | null {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > Date.now()) return { accountId: known.accountId, sessionId: known.sessionId };
      this.verified.delete(token);
    }
    const payload = verifyHs256(token, this.key, { issuer: ISSUER, audience: AUDIENCE, now: Math.floor(Date.now() / 1000) });
    if (!payload) return null;
    const { sub, sid, exp } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof exp !== 'number') return null;
    const claims = { accountId: sub, sessionId: sid };
    if (this.verified.size >= 100_000) this.verified.clear();
    this.verified.set(token, { ...claims, exp });
    return claims;
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefresh(token), expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000) };
  }

  static hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Hs256Expectations {
  readonly issuer: string;
  readonly audience: string;
  /** Seconds since the epoch. */
  readonly now: number;
}

function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The payload of a compact HS256 JWT whose signature, issuer, audience and times check out, else
 * null. Synchronous node:crypto instead of jose's WebCrypto: every request's first check of a new
 * token ran through a thread-pool job, and a synchronised exam start checks a thousand at once.
 * Only HS256 is accepted (no `none`, no other algorithm named by the token), and the signature
 * is compared as text in constant time, so no second encoding of the same bytes passes.
 */
export function verifyHs256(token: string, key: Buffer, expect: Hs256Expectations): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [head, body, signature] = parts;
  const header = decodeJson(head);
  if (!header || header['alg'] !== 'HS256' || header['crit'] !== undefined || header['b64'] !== undefined) return null;
  const expected = Buffer.from(createHmac('sha256', key).update(`${head}.${body}`).digest('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = decodeJson(body);
  if (!payload || payload['iss'] !== expect.issuer) return null;
  const aud = payload['aud'];
  if (aud !== expect.audience && !(Array.isArray(aud) && aud.includes(expect.audience))) return null;
  const { exp, nbf, iat } = payload;
  if (typeof exp !== 'number' || exp <= expect.now) return null;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > expect.now)) return null;
  if (iat !== undefined && typeof iat !== 'number') return null;
  return payload;
}

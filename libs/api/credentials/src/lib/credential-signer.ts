import { Injectable } from '@nestjs/common';
import { CompactSign, compactVerify, decodeProtectedHeader } from 'jose';
import { SIGNING_ALG, SigningKeys } from './signing-keys';

export type VerifiedJws =
  | { ok: true; kid: string; payload: Record<string, unknown> }
  | { ok: false; kid: string | null; problem: 'malformed' | 'unknown_key' | 'bad_signature' };

/** Signs credentials as `vc+jwt` (VC-JOSE-COSE: the JWS payload is the credential itself) and checks them. */
@Injectable()
export class CredentialSigner {
  constructor(private readonly keys: SigningKeys) {}

  async sign(credential: Record<string, unknown>, typ: 'vc+jwt' = 'vc+jwt'): Promise<{ jws: string; kid: string }> {
    const { kid, privateKey } = this.keys.current;
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ, cty: 'vc' })
      .sign(privateKey);
    return { jws, kid };
  }

  /** Checks a compact JWS against the published keys; only a valid signature yields the payload. */
  async verify(jws: string): Promise<VerifiedJws> {
    let kid: string | null = null;
    try {
      const header = decodeProtectedHeader(jws);
      kid = typeof header.kid === 'string' ? header.kid : null;
      if (header.alg !== SIGNING_ALG) return { ok: false, kid, problem: 'malformed' };
    } catch {
      return { ok: false, kid: null, problem: 'malformed' };
    }
    const key = kid ? this.keys.publicKey(kid) : null;
    if (!kid || !key) return { ok: false, kid, problem: 'unknown_key' };
    try {
      const { payload } = await compactVerify(jws, key, { algorithms: [SIGNING_ALG] });
      const parsed = JSON.parse(new TextDecoder().decode(payload)) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, kid, problem: 'malformed' };
      return { ok: true, kid, payload: parsed as Record<string, unknown> };
    } catch {
      return { ok: false, kid, problem: 'bad_signature' };
    }
  }
}

import { createHmac } from 'node:crypto';
import { verifyHs256 } from './hs256-jwt';

const key = Buffer.from('a-test-secret-that-is-long-enough-for-hs256');
const expect_ = { issuer: 'civics-api', audience: 'civics', now: 1_000_000 };
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function sign(payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256' }, secret = key): string {
  const signingInput = `${b64(header)}.${b64(payload)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

const valid = { sub: 'account', sid: 'session', iss: 'civics-api', aud: 'civics', iat: 999_000, exp: 1_000_600 };

describe('verifyHs256', () => {
  it('returns the payload of a well-signed, current token', () => {
    expect(verifyHs256(sign(valid), key, expect_)).toEqual(valid);
    expect(verifyHs256(sign({ ...valid, aud: ['other', 'civics'] }), key, expect_)?.['sub']).toBe('account');
  });

  it('rejects another key, a changed payload and a re-encoded signature', () => {
    expect(verifyHs256(sign(valid, undefined, Buffer.from('another-secret-of-enough-length-000000')), key, expect_)).toBeNull();
    const [h, , s] = sign(valid).split('.');
    expect(verifyHs256(`${h}.${b64({ ...valid, sub: 'admin' })}.${s}`, key, expect_)).toBeNull();
    expect(verifyHs256(`${sign(valid)}=`, key, expect_)).toBeNull();
    expect(verifyHs256(sign(valid).slice(0, -1), key, expect_)).toBeNull();
  });

  it('accepts only HS256 without critical extensions', () => {
    expect(verifyHs256(sign(valid, { alg: 'none' }), key, expect_)).toBeNull();
    expect(verifyHs256(`${b64({ alg: 'none' })}.${b64(valid)}.`, key, expect_)).toBeNull();
    expect(verifyHs256(sign(valid, { alg: 'HS512' }), key, expect_)).toBeNull();
    expect(verifyHs256(sign(valid, { alg: 'HS256', crit: ['b64'], b64: false }), key, expect_)).toBeNull();
  });

  it('checks issuer, audience and times', () => {
    expect(verifyHs256(sign({ ...valid, iss: 'someone' }), key, expect_)).toBeNull();
    expect(verifyHs256(sign({ ...valid, aud: 'elsewhere' }), key, expect_)).toBeNull();
    expect(verifyHs256(sign({ ...valid, exp: 1_000_000 }), key, expect_)).toBeNull();
    expect(verifyHs256(sign({ ...valid, exp: undefined }), key, expect_)).toBeNull();
    expect(verifyHs256(sign({ ...valid, nbf: 1_000_001 }), key, expect_)).toBeNull();
    expect(verifyHs256(sign({ ...valid, nbf: 1_000_000 }), key, expect_)).not.toBeNull();
    expect(verifyHs256(sign({ ...valid, iat: 'yesterday' }), key, expect_)).toBeNull();
  });

  it('rejects what is not a compact JWT', () => {
    for (const token of ['', 'a.b', 'a.b.c.d', 'not.json.here', `${b64([1])}.${b64(valid)}.x`])
      expect(verifyHs256(token, key, expect_)).toBeNull();
  });
});

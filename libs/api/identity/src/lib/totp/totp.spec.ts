import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, stepAt } from './totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const SEED = Buffer.from('12345678901234567890', 'ascii');
const SEED_B32 = base32Encode(SEED);

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors (8 digits, SHA-1)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [t, code] of vectors) expect(hotp(SEED, stepAt(t), 8)).toBe(code);
  });

  it('round-trips base32', () => {
    expect(SEED_B32).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(SEED_B32).equals(SEED)).toBe(true);
  });

  it('accepts the code of the previous, current and next step only, and never a used step again', () => {
    const t = 1234567890;
    const code = (step: bigint) => hotp(SEED, step);
    const now = stepAt(t);
    expect(matchTotp(SEED_B32, code(now), t)).toBe(now);
    expect(matchTotp(SEED_B32, code(now - 1n), t)).toBe(now - 1n);
    expect(matchTotp(SEED_B32, code(now + 1n), t)).toBe(now + 1n);
    expect(matchTotp(SEED_B32, code(now - 2n), t)).toBeNull();
    expect(matchTotp(SEED_B32, code(now + 2n), t)).toBeNull();
    expect(matchTotp(SEED_B32, code(now), t, now)).toBeNull();
    expect(matchTotp(SEED_B32, 'abcdef', t)).toBeNull();
  });

  it('builds an otpauth URI for authenticator apps', () => {
    const uri = otpauthUri(SEED_B32, 'hr', 'Civics');
    expect(uri.startsWith('otpauth://totp/Civics%3Ahr?')).toBe(true);
    expect(new URL(uri).searchParams.get('secret')).toBe(SEED_B32);
  });
});

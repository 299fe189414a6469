import { statusBit } from '@civics/domain';
import { decodeStatusList, encodeStatusList } from './status-list';

describe('status list encoding (Bitstring Status List v1.0)', () => {
  it('round-trips the set bits through gzip and multibase base64url', () => {
    const encoded = encodeStatusList(131_072, [0, 7, 94_567, 131_071]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bits = decodeStatusList(encoded);
    expect(bits.length).toBe(16_384);
    expect([0, 7, 94_567, 131_071].every((i) => statusBit(bits, i))).toBe(true);
    expect(statusBit(bits, 1)).toBe(false);
    expect(bits.reduce((n, b) => n + (b ? 1 : 0), 0)).toBe(3);
  });

  it('an empty list compresses to a few dozen bytes', () => {
    expect(encodeStatusList(131_072, []).length).toBeLessThan(100);
  });
});

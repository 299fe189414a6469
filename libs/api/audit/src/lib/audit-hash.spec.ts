import { chainHash, GENESIS_HASH } from './audit-hash';

const event = {
  seq: '1',
  occurredAt: new Date('2026-11-23T08:00:00.000Z'),
  actorAccountId: null,
  action: 'auth.sign_in',
  subjectPersonId: null,
  purpose: null,
  requestId: 'r1',
  details: { b: 1, a: 'x' },
};

describe('chainHash', () => {
  it('does not depend on key order of details', () => {
    expect(chainHash(GENESIS_HASH, event)).toBe(chainHash(GENESIS_HASH, { ...event, details: { a: 'x', b: 1 } }));
  });
  it('changes with any field, the sequence number or the previous hash', () => {
    const h = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, action: 'auth.sign_out' })).not.toBe(h);
    expect(chainHash(GENESIS_HASH, { ...event, seq: '2' })).not.toBe(h);
    expect(chainHash('f'.repeat(64), event)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});

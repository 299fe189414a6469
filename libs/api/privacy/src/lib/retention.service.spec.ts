import { pseudonymOf, retentionCutoff } from './retention.service';

describe('retention', () => {
  it('cuts off the given number of years before today', () => {
    expect(retentionCutoff(new Date('2026-12-02T10:00:00Z'), 5)).toBe('2021-12-02');
    expect(retentionCutoff(new Date('2028-02-29T10:00:00Z'), 1)).toBe('2027-03-01');
  });
  it('gives a stable pseudonym that does not contain the id', () => {
    const id = '6f1c1a52-9a53-4a55-8a5e-2f2b7d0d4c11';
    expect(pseudonymOf(id)).toBe(pseudonymOf(id));
    expect(pseudonymOf(id)).toMatch(/^PSN-[0-9A-F]{12}$/);
    expect(pseudonymOf(id)).not.toBe(pseudonymOf('00000000-0000-4000-8000-000000000000'));
  });
});

import { byMonth, date, fromLocalInput, monthName, percent, toLocalInput, wholeTicks } from './format';

describe('attestation formats', () => {
  it('shows compliance as a percentage and dates without shifting them', () => {
    expect(percent(0.925, 'en-GB')).toBe('93%');
    expect(percent(null, 'en-GB')).toBe('—');
    expect(date('2026-12-01', 'en-GB')).toBe('01/12/2026');
  });

  it('round-trips a datetime-local value through an ISO instant', () => {
    const local = toLocalInput(new Date(2026, 11, 5, 9, 30));
    expect(local).toBe('2026-12-05T09:30');
    expect(new Date(fromLocalInput(local) as string).getHours()).toBe(9);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });

  it('groups sessions by month in date order', () => {
    const groups = byMonth([
      { startsAt: '2026-12-20T09:00:00Z' },
      { startsAt: '2026-11-03T09:00:00Z' },
      { startsAt: '2026-12-01T09:00:00Z' },
    ]);
    expect(groups.map((g) => [g.month, g.items.length])).toEqual([
      ['2026-11', 1],
      ['2026-12', 2],
    ]);
    expect(monthName('2026-12', (k) => ({ 'attestation.months.m12': 'December' })[k] ?? k)).toBe('December 2026');
  });

  it('labels axes with whole numbers only', () => {
    expect([0, 0.5, 1, 2.25, 3].map(wholeTicks)).toEqual(['0', '', '1', '', '3']);
  });
});

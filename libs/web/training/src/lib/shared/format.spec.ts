import { date, percent, points } from './format';

describe('training formats', () => {
  it('shows compliance as a percentage and effects in signed percentage points', () => {
    expect(percent(0.734, 'en-GB')).toBe('73%');
    expect(percent(null, 'en-GB')).toBe('—');
    expect(points(0.1234, 'en-GB')).toBe('+12.3 pp');
    expect(points(-0.05, 'en-GB')).toBe('-5.0 pp');
    expect(points(null, 'en-GB')).toBe('—');
  });

  it('shows dates without shifting them across time zones', () => {
    expect(date('2026-12-01', 'en-GB')).toBe('01/12/2026');
    expect(date(null, 'en-GB')).toBe('—');
  });
});

import { heatBand, monthLabel, monthsBetween, percent, points } from './format';

describe('analytics formats', () => {
  it('formats shares, changes and months in the UI locale', () => {
    expect(percent(0.7345, 'en-GB')).toBe('73.5%');
    expect(percent(null, 'en-GB')).toBe('—');
    expect(points(0.123, 'en-GB')).toBe('+12.3');
    expect(points(-0.05, 'en-GB')).toBe('-5.0');
    expect(monthLabel('2026-03', 'en-GB')).toBe('Mar 2026');
    expect(monthLabel('2026-08', 'az-Latn-AZ')).toBe('avq 2026');
    expect(monthLabel('2026-12', 'ru-RU')).toBe('дек. 2026');
  });

  it('lists the months of a period, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthsBetween('2026-04', '2026-03')).toEqual([]);
  });

  it('puts shares into five heatmap bands', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(heatBand)).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(heatBand(null)).toBeNull();
  });
});

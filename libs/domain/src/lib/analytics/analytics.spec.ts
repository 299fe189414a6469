import { complianceHistory, complianceTimeline, type LevelMeasurement } from './compliance-timeline';
import { addMonths, employedOn, lastDayOf, monthBoundary, monthOf, monthRange } from './months';
import { addSums, groupFigures, NO_PEOPLE, share } from './group-figures';
import type { CompetencyRequirement } from '../compliance.types';

const req = (competencyCode: string, requiredLevel: number, weight = 1, critical = false): CompetencyRequirement => ({
  competencyCode,
  requiredLevel,
  weight,
  critical,
});
const at = (iso: string) => Date.parse(iso);
const m = (competencyCode: string, level: number, iso: string): LevelMeasurement => ({ competencyCode, level, at: at(iso) });

describe('months', () => {
  it('steps across year ends and lists ranges inclusively', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });

  it('gives the boundary after a month and its last day', () => {
    expect(new Date(monthBoundary('2026-02')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(monthOf(at('2026-12-31T23:59:59Z'))).toBe('2026-12');
  });

  it('refuses a malformed month', () => {
    expect(() => addMonths('2026-13', 1)).toThrow(/yyyy-mm/);
  });

  it('counts someone employed from the hire date until the day before leaving', () => {
    expect(employedOn('2026-01-31', '2026-01-31', null)).toBe(true);
    expect(employedOn('2026-01-30', '2026-01-31', null)).toBe(false);
    expect(employedOn('2026-01-31', null, '2026-01-31')).toBe(false);
    expect(employedOn('2026-01-30', null, '2026-01-31')).toBe(true);
  });
});

describe('complianceTimeline', () => {
  // A: r=2 w=2 critical, B: r=4 w=1, C: not required.
  const profile = [req('A', 2, 2, true), req('B', 4), req('C', 0, 3)];

  it('uses the latest measurement before each checkpoint, 0 when never measured', () => {
    const history = [m('A', 1, '2026-01-10T09:00:00Z'), m('B', 2, '2026-01-10T09:00:00Z'), m('A', 3, '2026-03-05T09:00:00Z')];
    const [jan0, jan, feb, mar] = complianceTimeline(
      profile,
      history,
      [at('2026-01-01T00:00:00Z'), monthBoundary('2026-01'), monthBoundary('2026-02'), monthBoundary('2026-03')],
      4,
    );
    expect(jan0).toMatchObject({ ci: 0, fullyCompliant: false, measured: false, gapTotal: 6, gapCount: 2, criticalGaps: 1 });
    // January: A 1/2 (w 2), B 2/4 (w 1) → (2·0.5 + 0.5) / 3 = 0.5
    expect(jan.ci).toBeCloseTo(0.5, 12);
    expect(jan).toMatchObject({ measured: true, gapTotal: 3, gapCount: 2, criticalGaps: 1 });
    expect(feb.ci).toBeCloseTo(0.5, 12);
    // March: A 3 ≥ 2 → m = 1; (2 + 0.5) / 3
    expect(mar.ci).toBeCloseTo(2.5 / 3, 12);
    expect(mar).toMatchObject({ fullyCompliant: false, gapTotal: 2, gapCount: 1, criticalGaps: 0 });
    expect(mar.lastMeasuredAt).toBe(at('2026-03-05T09:00:00Z'));
    expect(mar.gaps).toEqual([
      { code: 'A', gap: 0, critical: true },
      { code: 'B', gap: 2, critical: false },
    ]);
  });

  it('is fully compliant only when every gap is 0, and a measurement of an unrequired competency does not count as measured', () => {
    const [only] = complianceTimeline(profile, [m('C', 4, '2026-01-01T00:00:00Z')], [monthBoundary('2026-01')], 4);
    expect(only).toMatchObject({ measured: false, ci: 0 });
    const [all] = complianceTimeline(
      profile,
      [m('A', 2, '2026-01-01T00:00:00Z'), m('B', 4, '2026-01-01T00:00:00Z')],
      [monthBoundary('2026-01')],
      4,
    );
    expect(all).toMatchObject({ ci: 1, fullyCompliant: true, gapTotal: 0 });
  });

  it('caps levels above the scale at its top level', () => {
    const [p] = complianceTimeline([req('A', 3)], [m('A', 7, '2026-01-01T00:00:00Z')], [monthBoundary('2026-01')], 4);
    expect(p.ci).toBe(1);
  });

  it('gives one history point per measuring moment', () => {
    const history = complianceHistory(
      profile,
      [m('A', 1, '2026-01-10T09:00:00Z'), m('B', 2, '2026-01-10T09:00:00Z'), m('A', 2, '2026-02-10T09:00:00Z')],
      4,
    );
    expect(history.map((h) => new Date(h.at).toISOString())).toEqual(['2026-01-10T09:00:00.000Z', '2026-02-10T09:00:00.000Z']);
    expect(history[0].ci).toBeCloseTo(0.5, 12);
    expect(history[1].ci).toBeCloseTo(2.5 / 3, 12);
  });
});

describe('group figures', () => {
  it('averages CI and the fully compliant share over the people; empty groups have no figures', () => {
    const sums = addSums(
      { people: 3, measured: 2, ciSum: 1.5, fullyCompliant: 1 },
      { people: 1, measured: 1, ciSum: 1, fullyCompliant: 1 },
    );
    expect(groupFigures(sums)).toEqual({ people: 4, measured: 3, meanCi: 0.625, fullyCompliant: 2, fullyCompliantShare: 0.5 });
    expect(groupFigures(NO_PEOPLE)).toEqual({ people: 0, measured: 0, meanCi: null, fullyCompliant: 0, fullyCompliantShare: null });
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});

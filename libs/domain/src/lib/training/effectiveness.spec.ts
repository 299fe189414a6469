import { differenceInDifferences, meanCompliance, quantile } from './effectiveness';

describe('differenceInDifferences', () => {
  // Constructed data: completers improve by 0.30 on average, the comparison group by 0.05.
  const treated = [
    { before: 0.25, after: 0.5 },
    { before: 0.5, after: 0.75 },
    { before: 0.5, after: 1 },
    { before: 0.25, after: 0.5 },
    { before: 0.5, after: 0.75 },
    { before: 0.75, after: 1 },
  ]; // changes 0.25 0.25 0.5 0.25 0.25 0.25 → mean 0.2916…
  const comparison = [
    { before: 0.5, after: 0.5 },
    { before: 0.25, after: 0.5 },
    { before: 0.5, after: 0.5 },
    { before: 0.75, after: 0.75 },
    { before: 0.5, after: 0.5 },
  ]; // changes 0 0.25 0 0 0 → mean 0.05

  it('gives the known answer with group means and sizes', () => {
    const e = differenceInDifferences(treated, comparison, { seed: 1 });
    expect(e.did).toBeCloseTo(1.75 / 6 - 0.05, 12);
    expect(e.treatedN).toBe(6);
    expect(e.comparisonN).toBe(5);
    expect(e.treatedBefore).toBeCloseTo(2.75 / 6, 12);
    expect(e.treatedAfter).toBeCloseTo(4.5 / 6, 12);
    expect(e.comparisonBefore).toBeCloseTo(0.5, 12);
    expect(e.comparisonAfter).toBeCloseTo(0.55, 12);
    expect(e.enough).toBe(true);
  });

  it('brackets the estimate with a bootstrap interval that is reproducible with its seed', () => {
    const a = differenceInDifferences(treated, comparison, { seed: 42 });
    const b = differenceInDifferences(treated, comparison, { seed: 42 });
    expect(a).toEqual(b);
    expect(a.ciLow as number).toBeLessThanOrEqual(a.did as number);
    expect(a.ciHigh as number).toBeGreaterThanOrEqual(a.did as number);
    // Smallest and largest possible resample differences bound the interval.
    expect(a.ciLow as number).toBeGreaterThanOrEqual(0.25 - 0.25);
    expect(a.ciHigh as number).toBeLessThanOrEqual(0.5 - 0);
    expect((a.ciHigh as number) - (a.ciLow as number)).toBeGreaterThan(0);
  });

  it('has a zero-width interval when every change is the same', () => {
    const same = Array.from({ length: 8 }, () => ({ before: 0.25, after: 0.75 }));
    const flat = Array.from({ length: 8 }, () => ({ before: 0.5, after: 0.5 }));
    const e = differenceInDifferences(same, flat);
    expect(e.did).toBeCloseTo(0.5, 12);
    expect(e.ciLow).toBeCloseTo(0.5, 12);
    expect(e.ciHigh).toBeCloseTo(0.5, 12);
  });

  it('gives no number when either group is too small, but still the sizes', () => {
    const e = differenceInDifferences(treated.slice(0, 3), comparison);
    expect(e).toMatchObject({ treatedN: 3, comparisonN: 5, did: null, ciLow: null, ciHigh: null, enough: false });
    expect(differenceInDifferences(treated, [], { minGroupSize: 1 }).enough).toBe(false);
  });

  it('recovers a large simulated effect inside its interval', () => {
    let s = 3;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const t = Array.from({ length: 200 }, () => {
      const before = rnd() * 0.6;
      return { before, after: before + 0.3 + (rnd() - 0.5) * 0.2 };
    });
    const c = Array.from({ length: 200 }, () => {
      const before = rnd() * 0.6;
      return { before, after: before + 0.05 + (rnd() - 0.5) * 0.2 };
    });
    const e = differenceInDifferences(t, c);
    expect(e.ciLow as number).toBeLessThan(0.25);
    expect(e.ciHigh as number).toBeGreaterThan(0.25);
    expect((e.ciHigh as number) - (e.ciLow as number)).toBeLessThan(0.05);
  });
});

describe('meanCompliance and quantile', () => {
  it('averages min(a, r)/r over required competencies', () => {
    expect(
      meanCompliance([
        { achieved: 1, required: 2 },
        { achieved: 4, required: 2 },
        { achieved: 3, required: 0 },
      ]),
    ).toBeCloseTo(0.75, 12);
    expect(meanCompliance([{ achieved: 1, required: 0 }])).toBeNull();
  });
  it('interpolates quantiles', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });
});

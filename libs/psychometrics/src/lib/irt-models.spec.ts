import fc from 'fast-check';
import {
  NORMAL_OGIVE_D,
  itemInformation,
  probabilityCorrect,
  probabilityIncorrect,
  testInformation,
  thetaOfMaximumInformation,
} from './irt-models';

describe('IRT response functions and information', () => {
  it('2PL a=1, b=0 at θ=0 (D=1): P = 0.5, I = 0.25', () => {
    expect(probabilityCorrect(0, { a: 1, b: 0 })).toBeCloseTo(0.5, 12);
    expect(itemInformation(0, { a: 1, b: 0 })).toBeCloseTo(0.25, 12);
  });

  it('2PL a=2, b=1 at θ=1.5: P = 1/(1+e^−1), I = a²PQ', () => {
    const p = 1 / (1 + Math.exp(-1));
    expect(probabilityCorrect(1.5, { a: 2, b: 1 })).toBeCloseTo(p, 12);
    expect(itemInformation(1.5, { a: 2, b: 1 })).toBeCloseTo(4 * p * (1 - p), 12);
  });

  it('3PL a=1.5, b=0.5, c=0.2, D=1.7 at θ=1 matches the hand computation', () => {
    // z = 1.7·1.5·(1 − 0.5) = 1.275; e^−1.275 = 0.2794310; P* = 1/1.2794310 = 0.7815975
    // P = 0.2 + 0.8·0.7815975 = 0.8252780
    // I = 1.7²·1.5²·(Q/P)·((P − c)/(1 − c))² = 6.5025 · (0.1747220/0.8252780) · 0.7815975² = 0.8409962
    const item = { a: 1.5, b: 0.5, c: 0.2 };
    expect(probabilityCorrect(1, item, { D: NORMAL_OGIVE_D })).toBeCloseTo(0.825278, 6);
    expect(probabilityIncorrect(1, item, { D: NORMAL_OGIVE_D })).toBeCloseTo(0.174722, 6);
    expect(itemInformation(1, item, { D: NORMAL_OGIVE_D })).toBeCloseTo(0.840996, 6);
  });

  it('3PL information peaks at θmax = b + ln((1+√(1+8c))/2)/(Da) with Lord’s closed-form maximum', () => {
    const item = { a: 1.5, b: 0.5, c: 0.2 };
    const options = { D: 1.7 };
    const tMax = thetaOfMaximumInformation(item, options);
    expect(tMax).toBeCloseTo(0.6047615, 6);
    const { a, c } = { a: 1.5, c: 0.2 };
    // Lord (1980): I_max = D²a²/(8(1−c)²) · (1 − 20c − 8c² + (1 + 8c)^{3/2})
    const iMax = ((1.7 * 1.7 * a * a) / (8 * (1 - c) ** 2)) * (1 - 20 * c - 8 * c * c + (1 + 8 * c) ** 1.5);
    expect(itemInformation(tMax, item, options)).toBeCloseTo(iMax, 9);
    for (const h of [-0.05, -0.01, 0.01, 0.05]) expect(itemInformation(tMax + h, item, options)).toBeLessThan(iMax);
  });

  it('2PL information peaks at b with value D²a²/4', () => {
    expect(thetaOfMaximumInformation({ a: 1.3, b: -0.7 })).toBe(-0.7);
    expect(itemInformation(-0.7, { a: 1.3, b: -0.7 }, { D: 1.7 })).toBeCloseTo((1.7 * 1.7 * 1.69) / 4, 12);
  });

  it('test information is the sum of item informations', () => {
    const first = { a: 1, b: 0 };
    const second = { a: 2, b: 1, c: 0.1 };
    expect(testInformation(0.3, [first, second])).toBeCloseTo(itemInformation(0.3, first) + itemInformation(0.3, second), 12);
  });

  const item = fc.record({
    a: fc.double({ min: 0.2, max: 4, noNaN: true }),
    b: fc.double({ min: -4, max: 4, noNaN: true }),
    c: fc.double({ min: 0, max: 0.35, noNaN: true }),
  });
  const theta = fc.double({ min: -8, max: 8, noNaN: true });
  const d = fc.constantFrom(1, 1.7);

  it('property: information is finite and non-negative', () => {
    fc.assert(
      fc.property(item, theta, d, (it, t, D) => {
        const info = itemInformation(t, it, { D });
        return Number.isFinite(info) && info >= 0;
      }),
      { numRuns: 500 },
    );
  });

  it('property: P is monotone non-decreasing in θ and stays in [c, 1]', () => {
    fc.assert(
      fc.property(item, theta, theta, d, (it, t1, t2, D) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const pLo = probabilityCorrect(lo, it, { D });
        const pHi = probabilityCorrect(hi, it, { D });
        return pLo <= pHi && pLo >= it.c && pHi <= 1;
      }),
      { numRuns: 500 },
    );
  });
});

import { CalibrationError, calibrate2pl } from './calibration-em';
import { mulberry32, uniform } from './random';
import { simulateResponseMatrix, simulateThetas } from './simulation';

const rmse = (xs: readonly number[], ys: readonly number[]) =>
  Math.sqrt(xs.reduce((s, x, i) => s + (x - (ys[i] as number)) ** 2, 0) / xs.length);

describe('2PL calibration by MML/EM', () => {
  it('recovers 30 items from 2,000 simulated respondents: RMSE(b) ≤ 0.15, RMSE(a) ≤ 0.2', () => {
    const rng = mulberry32(2024);
    const items = Array.from({ length: 30 }, () => ({ a: uniform(rng, 0.8, 2), b: uniform(rng, -2, 2) }));
    const responses = simulateResponseMatrix(simulateThetas(2000, rng), items, rng);
    const result = calibrate2pl(responses, { itemIds: items.map((_, j) => `item-${j}`) });
    expect(result.converged).toBe(true);
    expect(Number.isFinite(result.logLikelihood)).toBe(true);
    expect(
      rmse(
        result.items.map((i) => i.b),
        items.map((i) => i.b),
      ),
    ).toBeLessThanOrEqual(0.15);
    expect(
      rmse(
        result.items.map((i) => i.a),
        items.map((i) => i.a),
      ),
    ).toBeLessThanOrEqual(0.2);
    expect(result.items[3]).toMatchObject({ id: 'item-3', n: 2000 });
    for (const item of result.items) expect(item.iterations).toBeGreaterThanOrEqual(0);
  });

  it('handles missing data (null = not presented)', () => {
    const rng = mulberry32(7);
    const items = Array.from({ length: 20 }, () => ({ a: uniform(rng, 0.8, 2), b: uniform(rng, -1.5, 1.5) }));
    const responses = simulateResponseMatrix(simulateThetas(2500, rng), items, rng, { missingRate: 0.3 });
    const result = calibrate2pl(responses);
    expect(
      rmse(
        result.items.map((i) => i.b),
        items.map((i) => i.b),
      ),
    ).toBeLessThanOrEqual(0.2);
    expect(result.items[0]?.n).toBeLessThan(2500);
  });

  it('keeps parameters finite and within bounds on a near-perfect item', () => {
    const rng = mulberry32(9);
    const items = Array.from({ length: 10 }, () => ({ a: 1.2, b: uniform(rng, -1, 1) }));
    const responses = simulateResponseMatrix(simulateThetas(500, rng), items, rng);
    responses.forEach((row, i) => (row[0] = i === 0 ? 0 : 1)); // one wrong answer out of 500
    const result = calibrate2pl(responses);
    for (const item of result.items) {
      expect(Number.isFinite(item.a) && Number.isFinite(item.b)).toBe(true);
      expect(item.a).toBeGreaterThanOrEqual(0.2);
      expect(item.a).toBeLessThanOrEqual(4);
      expect(item.b).toBeGreaterThanOrEqual(-4);
      expect(item.b).toBeLessThanOrEqual(4);
    }
  });

  it('refuses, naming them, items with too few responses or a constant column', () => {
    const rng = mulberry32(11);
    const responses = simulateResponseMatrix(
      simulateThetas(200, rng),
      [
        { a: 1, b: 0 },
        { a: 1, b: 0 },
        { a: 1, b: 0 },
      ],
      rng,
    );
    responses.forEach((row, i) => {
      row[1] = 1;
      if (i >= 50) row[2] = null;
    });
    let error: unknown;
    try {
      calibrate2pl(responses, { minResponses: 100, itemIds: ['Q1', 'Q2', 'Q3'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalibrationError);
    const refusal = error as CalibrationError;
    expect(refusal.items).toEqual([
      { index: 1, id: 'Q2', reason: 'constant-responses', n: 200 },
      { index: 2, id: 'Q3', reason: 'too-few-responses', n: 50 },
    ]);
    expect(refusal.message).toContain('Q2');
    expect(refusal.message).toContain('Q3');
    expect(() => calibrate2pl(responses, { minResponses: 40 })).toThrow(CalibrationError); // Q2 still constant
  });

  it('rejects scores other than 0, 1 and null', () => {
    expect(() => calibrate2pl([[2]], { minResponses: 1 })).toThrow(RangeError);
  });
});

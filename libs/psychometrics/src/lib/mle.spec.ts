import type { ScoredResponse } from './irt-models';
import { estimateMle, logLikelihoodSlope } from './mle';
import { testInformation } from './irt-models';

/** Root of the score function by bisection, as an independent check of Newton–Raphson. */
function bisect(responses: readonly ScoredResponse[], lo = -6, hi = 6, options = {}): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (logLikelihoodSlope(mid, responses, options) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('maximum-likelihood θ', () => {
  it('is 0 on the symmetric pattern (easy item right, hard item wrong) with SE = 1/√I(0)', () => {
    const responses = [
      { item: { a: 1, b: -1 }, correct: true },
      { item: { a: 1, b: 1 }, correct: false },
    ];
    const e = estimateMle(responses);
    expect(e).not.toBeNull();
    expect(e?.theta).toBeCloseTo(0, 8);
    const p = 1 / (1 + Math.exp(-1));
    expect(e?.se).toBeCloseTo(1 / Math.sqrt(2 * p * (1 - p)), 8);
  });

  it('matches the root of the score function on an asymmetric 2PL pattern', () => {
    const responses = [
      { item: { a: 1.2, b: -1.5 }, correct: true },
      { item: { a: 0.9, b: -0.3 }, correct: true },
      { item: { a: 1.7, b: 0.4 }, correct: false },
      { item: { a: 1.1, b: 1.2 }, correct: true },
      { item: { a: 2.0, b: 1.8 }, correct: false },
    ];
    const e = estimateMle(responses);
    expect(e?.theta).toBeCloseTo(bisect(responses), 7);
    expect(e?.se).toBeCloseTo(
      1 /
        Math.sqrt(
          testInformation(
            e?.theta ?? NaN,
            responses.map((r) => r.item),
          ),
        ),
      7,
    );
  });

  it('matches the root of the score function on a 3PL pattern with D = 1.7', () => {
    const responses = [
      { item: { a: 1, b: -1, c: 0.2 }, correct: true },
      { item: { a: 1.4, b: 0, c: 0.15 }, correct: false },
      { item: { a: 0.8, b: 0.5, c: 0.25 }, correct: true },
      { item: { a: 1.2, b: 1, c: 0.2 }, correct: false },
    ];
    const e = estimateMle(responses, { D: 1.7 });
    expect(e?.theta).toBeCloseTo(bisect(responses, -6, 6, { D: 1.7 }), 6);
  });

  it('is not defined (null) for all-correct, all-wrong and empty patterns', () => {
    const items = [
      { a: 1, b: 0 },
      { a: 1.5, b: 1 },
    ];
    expect(estimateMle(items.map((item) => ({ item, correct: true })))).toBeNull();
    expect(estimateMle(items.map((item) => ({ item, correct: false })))).toBeNull();
    expect(estimateMle([])).toBeNull();
  });
});

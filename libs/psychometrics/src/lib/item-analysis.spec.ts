import {
  distractorCounts,
  exposureRates,
  flagItem,
  formReliability,
  itemStatistics,
  kr20,
  standardErrorOfMeasurement,
} from './item-analysis';

// 5 persons × 4 items, a perfect Guttman pattern (hand-computed values in the tests).
const matrix = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 0, 0],
  [0, 0, 0, 0],
];

describe('classical item analysis', () => {
  it('KR-20 of the 5×4 matrix: totals 4,3,2,1,0 (σ² = 2), Σpq = .16+.24+.24+.16 = .8 → 4/3·(1 − .8/2) = 0.8', () => {
    expect(kr20(matrix)).toBeCloseTo(0.8, 12);
  });

  it('SD (n − 1) = √2.5 and SEM = SD·√(1 − α) = √2.5·√0.2 = 0.707107', () => {
    const r = formReliability(matrix);
    expect(r.mean).toBe(2);
    expect(r.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.sem).toBeCloseTo(0.707107, 6);
    expect(standardErrorOfMeasurement(10, 0.91)).toBeCloseTo(3, 12);
  });

  it('Cronbach α on polytomous scores: 3 items, hand-computed', () => {
    // Item variances (population): 2/3, 2/3, 2/3 → Σ = 2; totals 0, 3, 6, 6 → mean 3.75, σ² = 6.1875.
    const scores = [
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2],
      [2, 2, 2],
    ];
    const itemVar = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
    };
    const sum = [0, 1, 2].reduce((s, j) => s + itemVar(scores.map((r) => r[j] as number)), 0);
    const totalVar = itemVar(scores.map((r) => r.reduce((s, x) => s + x, 0)));
    expect(formReliability(scores).alpha).toBeCloseTo(1.5 * (1 - sum / totalVar), 12);
    expect(formReliability(scores).alpha).toBeCloseTo(1, 12); // identical items → α = 1
  });

  it('α is null for an undefined case and rows with missing cells are left out', () => {
    expect(
      formReliability([
        [1, 1],
        [1, 1],
      ]).alpha,
    ).toBeNull();
    expect(formReliability([...matrix, [1, null, 0, 1]]).n).toBe(5);
  });

  it('difficulty p, corrected point-biserial and exposure', () => {
    const stats = itemStatistics(matrix);
    expect(stats.map((s) => s.p)).toEqual([0.8, 0.6, 0.4, 0.2]);
    // Item 1 vs rest scores 3,2,1,0,0: Sxy = 1.2, Sxx = 0.8, Syy = 6.8 → r = 1.2/√5.44
    expect(stats[0]?.pointBiserial).toBeCloseTo(1.2 / Math.sqrt(5.44), 12);
    expect(stats[0]?.exposureRate).toBe(1);
    const withMissing = itemStatistics([
      [1, null],
      [0, 1],
      [1, 0],
      [null, 1],
    ]);
    expect(withMissing[0]).toMatchObject({ n: 3, exposureRate: 0.75 });
    expect(withMissing[0]?.p).toBeCloseTo(2 / 3, 12);
    expect(itemStatistics([[1], [1]])[0]?.pointBiserial).toBeNull();
  });

  it('distractor counts and shares, with unchosen options listed', () => {
    const counts = distractorCounts(['A', 'B', 'A', null, 'A', 'C'], ['A', 'B', 'C', 'D']);
    expect(counts).toEqual([
      { option: 'A', count: 3, share: 0.6 },
      { option: 'B', count: 1, share: 0.2 },
      { option: 'C', count: 1, share: 0.2 },
      { option: 'D', count: 0, share: 0 },
    ]);
  });

  it('exposure rates', () => {
    expect(exposureRates({ x: 30, y: 5 }, 100)).toEqual({ x: 0.3, y: 0.05 });
  });

  it('flags with default and custom thresholds', () => {
    expect(flagItem({ p: 0.95, pointBiserial: 0.3 })).toEqual(['too-easy']);
    expect(flagItem({ p: 0.1, pointBiserial: 0.15 })).toEqual(['too-hard', 'poor-discrimination']);
    expect(flagItem({ p: 0.5, pointBiserial: -0.1 })).toEqual(['negative-discrimination']);
    expect(flagItem({ p: 0.5, pointBiserial: 0.4, distractors: [{ option: 'D', count: 1, share: 0.03 }] })).toEqual(['weak-distractor']);
    expect(flagItem({ p: 0.85, pointBiserial: 0.25 }, { tooEasyP: 0.8, poorDiscrimination: 0.3 })).toEqual([
      'too-easy',
      'poor-discrimination',
    ]);
    expect(flagItem({ p: null, pointBiserial: null })).toEqual([]);
  });
});

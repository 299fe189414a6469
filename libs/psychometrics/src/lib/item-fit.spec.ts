import { itemFitRmsd, personThetas } from './item-fit';
import { mulberry32 } from './random';
import { simulateResponseMatrix, simulateThetas } from './simulation';

describe('item fit (RMSD)', () => {
  it('is small for the generating parameters and large for wrong ones', () => {
    const rng = mulberry32(7);
    const items = Array.from({ length: 10 }, (_, j) => ({ a: 1.2, b: -1.5 + j * 0.33 }));
    const thetas = simulateThetas(2000, rng);
    const matrix = simulateResponseMatrix(thetas, items, rng);
    const column = matrix.map((row) => row[4] ?? null);
    const good = itemFitRmsd(column, thetas, items[4] as { a: number; b: number });
    const bad = itemFitRmsd(column, thetas, { a: 1.2, b: (items[4]?.b ?? 0) + 1.5 });
    expect(good).toBeLessThan(0.04);
    expect(bad).toBeGreaterThan(0.15);
  });

  it('ignores persons who did not see the item and is 0 with nobody', () => {
    expect(itemFitRmsd([null, null], [0, 1], { a: 1, b: 0 })).toBe(0);
    expect(itemFitRmsd([1, null, 0], [0.5, 9, -0.5], { a: 1, b: 0 }, 2)).toBeGreaterThan(0);
  });

  it('estimates higher θ for persons with more correct answers', () => {
    const items = [
      { a: 1, b: 0 },
      { a: 1, b: 0.5 },
    ];
    const [low, high] = personThetas(
      [
        [0, 0],
        [1, 1],
      ],
      items,
    );
    expect(high as number).toBeGreaterThan(low as number);
  });
});

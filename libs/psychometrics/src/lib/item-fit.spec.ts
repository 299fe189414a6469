import { itemFitRmsd } from './item-fit';
import { mulberry32 } from './random';
import { simulateResponseMatrix, simulateThetas } from './simulation';

describe('item fit (posterior predictive RMSD)', () => {
  const rng = mulberry32(7);
  const items = Array.from({ length: 8 }, (_, j) => ({ a: 1.2, b: -1.5 + j * 0.4 }));
  const matrix = simulateResponseMatrix(simulateThetas(800, rng), items, rng);

  it('is small for the generating parameters and large for wrong ones', () => {
    expect(itemFitRmsd(matrix, items, 4)).toBeLessThan(0.07);
    const shifted = items.map((p, j) => (j === 4 ? { a: 1.2, b: p.b + 1.5 } : p));
    expect(itemFitRmsd(matrix, shifted, 4)).toBeGreaterThan(0.15);
    const flat = items.map((p, j) => (j === 4 ? { a: 0.2, b: p.b } : p));
    expect(itemFitRmsd(matrix, flat, 4)).toBeGreaterThan(0.05);
  });

  it('ignores persons who did not see the item and is 0 with nobody', () => {
    expect(itemFitRmsd([[null, 1]], items.slice(0, 2), 0)).toBe(0);
    expect(
      itemFitRmsd(
        [
          [1, null],
          [0, 1],
          [null, 0],
        ],
        items.slice(0, 2),
        0,
        { groups: 2 },
      ),
    ).toBeGreaterThan(0);
  });
});

import { assembleForm, optionOrder } from './form-assembly';

const bank = ['A1', 'A2'].flatMap((c) =>
  [1, 2].flatMap((level) => [0, 1, 2].map((n) => ({ id: `${c}-${level}-${n}`, competencyCode: c, level, usageCount: n === 2 ? 5 : 0 }))),
);
const cells = [
  { competencyCode: 'A1', level: 1 },
  { competencyCode: 'A1', level: 2 },
  { competencyCode: 'A2', level: 1 },
];

describe('assembleForm', () => {
  it('takes perCell items from each cell, preferring the least used', () => {
    const form = assembleForm(bank, cells, 2, 42, false);
    expect(form.itemIds).toHaveLength(6);
    expect(form.itemIds.every((id) => !id.endsWith('-2'))).toBe(true);
    expect(form.itemIds.slice(0, 2).every((id) => id.startsWith('A1-1'))).toBe(true);
    expect(form.shortCells).toEqual([]);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(assembleForm(bank, cells, 1, 7, true).itemIds).toEqual(assembleForm(bank, cells, 1, 7, true).itemIds);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => assembleForm(bank, cells, 1, s, true).itemIds.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('reports cells without enough items', () => {
    const form = assembleForm(bank, [{ competencyCode: 'ZZ', level: 1 }], 2, 1, false);
    expect(form.shortCells).toEqual([{ cell: { competencyCode: 'ZZ', level: 1 }, available: 0 }]);
  });
});

describe('optionOrder', () => {
  it('is a reproducible permutation', () => {
    const o = optionOrder(['a', 'b', 'c', 'd'], 99, 3);
    expect([...o].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(optionOrder(['a', 'b', 'c', 'd'], 99, 3)).toEqual(o);
  });
});

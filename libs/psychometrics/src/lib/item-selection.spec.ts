import { type BankItem, applyExposureCeiling, rankByInformation, selectCompetency, selectMaxInformationItem } from './item-selection';
import { mulberry32 } from './random';

const bank: BankItem[] = [
  { id: 'i1', competency: 'DF1', a: 1, b: -2 },
  { id: 'i2', competency: 'DF1', a: 1, b: 0.1 },
  { id: 'i3', competency: 'DF1', a: 2, b: 0.3 },
  { id: 'i4', competency: 'DF1', a: 0.5, b: 0 },
  { id: 'i5', competency: 'DF1', a: 1.5, b: 1.5 },
];

describe('item selection', () => {
  it('ranks by information at θ', () => {
    expect(rankByInformation(0, bank).map((i) => i.id)).toEqual(['i3', 'i2', 'i5', 'i1', 'i4']);
  });

  it('top-1 picks the most informative available item', () => {
    const rng = mulberry32(1);
    expect(selectMaxInformationItem(0, bank, { rng })?.id).toBe('i3');
    expect(selectMaxInformationItem(0, bank, { rng, exclude: new Set(['i3']) })?.id).toBe('i2');
    expect(selectMaxInformationItem(0, bank, { rng, exclude: new Set(bank.map((i) => i.id)) })).toBeUndefined();
  });

  it('randomesque top-k chooses only among the k best, each of them sometimes, reproducibly by seed', () => {
    const pick = (seed: number) => {
      const rng = mulberry32(seed);
      return Array.from({ length: 300 }, () => selectMaxInformationItem(0, bank, { rng, topK: 3 })?.id);
    };
    const picks = pick(42);
    expect(new Set(picks)).toEqual(new Set(['i3', 'i2', 'i5']));
    expect(pick(42)).toEqual(picks);
  });

  it('exposure ceiling skips items whose next use would exceed the maximum rate, unless nothing else is left', () => {
    const rng = mulberry32(1);
    const counts = new Map([
      ['i3', 30],
      ['i2', 29],
    ]);
    const ceiling = { counts, examinees: 100, maxRate: 0.3 };
    // i3 at 30/100 is full; i2 may still be used once (30/100 ≤ 0.3).
    expect(selectMaxInformationItem(0, bank, { rng, exposureCeiling: ceiling })?.id).toBe('i2');
    expect(applyExposureCeiling(bank, ceiling).map((i) => i.id)).toEqual(['i1', 'i2', 'i4', 'i5']);
    const full = new Map(bank.map((i) => [i.id, 99]));
    expect(applyExposureCeiling(bank, { counts: full, examinees: 100, maxRate: 0.3 })).toHaveLength(5);
    expect(applyExposureCeiling(bank, undefined)).toBe(bank);
  });

  it('content balancing picks the active competency furthest behind its target share', () => {
    expect(selectCompetency(['A', 'B', 'C'], { A: 3, B: 1, C: 2 })).toBe('B');
    expect(selectCompetency(['A', 'B'], {})).toBe('A'); // tie → first
    // B has target share 2: with A 2 items and B 3 items, B (3/5 < 2/3) is still behind.
    expect(selectCompetency(['A', 'B'], { A: 2, B: 3 }, { A: 1, B: 2 })).toBe('B');
    // Stopped competencies are not in `active` and do not count.
    expect(selectCompetency(['C'], { A: 10, C: 1 })).toBe('C');
    expect(selectCompetency([], {})).toBeUndefined();
  });
});

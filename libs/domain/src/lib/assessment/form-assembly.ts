import { seededRandom, shuffled } from './seeded-random';

export interface BankItem {
  readonly id: string;
  readonly competencyCode: string;
  readonly level: number;
  /** Times the item has been delivered; less-used items are preferred (exposure control). */
  readonly usageCount: number;
}

export interface FormCell {
  readonly competencyCode: string;
  readonly level: number;
}

export interface AssembledForm {
  /** Item ids in delivery order. */
  readonly itemIds: string[];
  /** Cells that had fewer active items than the blueprint asks for. */
  readonly shortCells: { cell: FormCell; available: number }[];
}

/**
 * A fixed form from a blueprint: for every cell (competency × level) `perCell` items, preferring
 * the least used ones and breaking ties by the seed. Items come grouped by competency and level
 * unless `shuffle`, in which case the whole sequence is shuffled by the same seed.
 */
export function assembleForm(
  bank: readonly BankItem[],
  cells: readonly FormCell[],
  perCell: number,
  seed: number,
  shuffle: boolean,
): AssembledForm {
  const random = seededRandom(seed);
  const byCell = new Map<string, BankItem[]>();
  for (const item of bank) {
    const k = `${item.competencyCode}#${item.level}`;
    const list = byCell.get(k);
    if (list) list.push(item);
    else byCell.set(k, [item]);
  }
  const itemIds: string[] = [];
  const shortCells: AssembledForm['shortCells'] = [];
  for (const cell of cells) {
    const pool = shuffled(byCell.get(`${cell.competencyCode}#${cell.level}`) ?? [], random).sort((a, b) => a.usageCount - b.usageCount);
    if (pool.length < perCell) shortCells.push({ cell, available: pool.length });
    itemIds.push(...pool.slice(0, perCell).map((i) => i.id));
  }
  return { itemIds: shuffle ? shuffled(itemIds, random) : itemIds, shortCells };
}

/** Option order of one item in one attempt, derived from the attempt's seed and the item's position. */
export function optionOrder(optionIds: readonly string[], seed: number, position: number): string[] {
  return shuffled(optionIds, seededRandom((seed ^ Math.imul(position + 1, 0x9e3779b1)) >>> 0));
}

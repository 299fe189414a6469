/**
 * Adaptive item selection: maximum information at the current θ̂, with randomesque exposure
 * control (Kingsbury & Zara 1989: choose at random among the k most informative items so that
 * the single best item is not given to everyone) and content balancing across competencies.
 * Randomesque alone does not bound exposure (the top-k at θ̂ = 0 still reach every starting
 * examinee), so an optional exposure ceiling (restricted maximum information, Revuelta & Ponsoda
 * 1998) skips items whose next use would lift their exposure rate above a maximum.
 */
import { type IrtOptions, type ItemParameters, itemInformation } from './irt-models';
import { type Rng, randomInt } from './random';

/** A calibrated bank item as the adaptive engine sees it. */
export interface BankItem extends ItemParameters {
  readonly id: string;
  readonly competency: string;
}

export interface SelectItemOptions extends IrtOptions {
  /** Seeded RNG for the randomesque choice. */
  readonly rng: Rng;
  /** Choose among the top-k by information; default 1 (pure maximum information). */
  readonly topK?: number;
  /** Ids already administered or otherwise unavailable. */
  readonly exclude?: ReadonlySet<string>;
  readonly exposureCeiling?: ExposureCeiling;
}

export interface ExposureCeiling {
  /** Times each item has been administered so far (across examinees). */
  readonly counts: ReadonlyMap<string, number>;
  /** Denominator of the rate: examinees so far, including the current one (callers may floor it to avoid a cold start). */
  readonly examinees: number;
  /** Items whose next use would lift count/examinees above this are skipped while other items remain. */
  readonly maxRate: number;
}

/** Items still under the exposure ceiling; all items when none is (availability beats the ceiling). */
export function applyExposureCeiling<T extends BankItem>(items: readonly T[], ceiling: ExposureCeiling | undefined): readonly T[] {
  if (!ceiling) return items;
  const open = items.filter((i) => (ceiling.counts.get(i.id) ?? 0) + 1 <= ceiling.maxRate * ceiling.examinees);
  return open.length > 0 ? open : items;
}

/** Candidates sorted by decreasing information at θ (ties keep bank order, for determinism). */
export function rankByInformation<T extends ItemParameters>(theta: number, items: readonly T[], options: IrtOptions = {}): T[] {
  return items
    .map((item, index) => ({ item, index, info: itemInformation(theta, item, options) }))
    .sort((x, y) => y.info - x.info || x.index - y.index)
    .map((x) => x.item);
}

/** Maximum-information item at θ with randomesque top-k; undefined when nothing is left. */
export function selectMaxInformationItem<T extends BankItem>(
  theta: number,
  items: readonly T[],
  options: SelectItemOptions,
): T | undefined {
  const unused = options.exclude ? items.filter((i) => !options.exclude?.has(i.id)) : items;
  if (unused.length === 0) return undefined;
  const available = applyExposureCeiling(unused, options.exposureCeiling);
  const top = rankByInformation(theta, available, options).slice(0, Math.max(1, options.topK ?? 1));
  return top[randomInt(options.rng, top.length)];
}

/**
 * Content balancing: the competency furthest behind its target share of the items given so far.
 * Targets are renormalised over the still-active competencies; ties go to the earlier one.
 */
export function selectCompetency(
  active: readonly string[],
  administered: Readonly<Record<string, number>>,
  targetShares: Readonly<Record<string, number>> = {},
): string | undefined {
  if (active.length === 0) return undefined;
  const target = (c: string) => targetShares[c] ?? 1;
  const targetTotal = active.reduce((s, c) => s + target(c), 0);
  const given = active.reduce((s, c) => s + (administered[c] ?? 0), 0);
  let best: string | undefined;
  let bestDeficit = -Infinity;
  for (const c of active) {
    const share = given === 0 ? 0 : (administered[c] ?? 0) / given;
    const deficit = target(c) / targetTotal - share;
    if (deficit > bestDeficit) {
      best = c;
      bestDeficit = deficit;
    }
  }
  return best;
}

import { seededRandom } from '../assessment/seeded-random';

/**
 * Training effectiveness (DESIGN.md §4): difference-in-differences of the compliance m_c on the
 * targeted competencies.
 *
 *   DiD = mean(after − before | completers) − mean(after − before | comparison group)
 *
 * Each observation is one person's mean m_c over the course's targeted competencies, measured
 * before the course and after it (comparison people: before the period start and after its end).
 * The 95% interval is the percentile bootstrap: both groups are resampled with replacement
 * (independently, keeping their sizes) `resamples` times with a seeded generator, so the same data
 * give the same interval.
 */

export interface BeforeAfter {
  readonly before: number;
  readonly after: number;
}

export interface DidOptions {
  readonly resamples?: number;
  readonly seed?: number;
  /** Fewer completers (or comparison people) than this: no number, `enough: false`. */
  readonly minGroupSize?: number;
}

export interface DidEstimate {
  readonly treatedN: number;
  readonly comparisonN: number;
  readonly treatedBefore: number | null;
  readonly treatedAfter: number | null;
  readonly comparisonBefore: number | null;
  readonly comparisonAfter: number | null;
  readonly did: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly enough: boolean;
}

export const DEFAULT_MIN_GROUP_SIZE = 5;

function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** The q-quantile (0..1) of sorted values, with linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of nothing');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function meanChange(xs: readonly BeforeAfter[]): number {
  let s = 0;
  for (const x of xs) s += x.after - x.before;
  return s / xs.length;
}

export function differenceInDifferences(
  treated: readonly BeforeAfter[],
  comparison: readonly BeforeAfter[],
  options: DidOptions = {},
): DidEstimate {
  const resamples = options.resamples ?? 2000;
  const minGroup = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const base = {
    treatedN: treated.length,
    comparisonN: comparison.length,
    treatedBefore: mean(treated.map((t) => t.before)),
    treatedAfter: mean(treated.map((t) => t.after)),
    comparisonBefore: mean(comparison.map((t) => t.before)),
    comparisonAfter: mean(comparison.map((t) => t.after)),
  };
  if (treated.length < Math.max(1, minGroup) || comparison.length < Math.max(1, minGroup))
    return { ...base, did: null, ciLow: null, ciHigh: null, enough: false };

  const did = meanChange(treated) - meanChange(comparison);
  const random = seededRandom(options.seed ?? 20261123);
  const draws: number[] = new Array<number>(resamples);
  const tChange = treated.map((t) => t.after - t.before);
  const cChange = comparison.map((t) => t.after - t.before);
  for (let b = 0; b < resamples; b++) {
    let st = 0;
    for (let i = 0; i < tChange.length; i++) st += tChange[Math.floor(random() * tChange.length)];
    let sc = 0;
    for (let i = 0; i < cChange.length; i++) sc += cChange[Math.floor(random() * cChange.length)];
    draws[b] = st / tChange.length - sc / cChange.length;
  }
  draws.sort((a, b) => a - b);
  return { ...base, did, ciLow: quantile(draws, 0.025), ciHigh: quantile(draws, 0.975), enough: true };
}

/**
 * Mean compliance m_c = min(a, r) / r over competencies with r > 0 (DESIGN.md §4), or null when
 * none of them is required.
 */
export function meanCompliance(levels: readonly { achieved: number; required: number }[]): number | null {
  const rows = levels.filter((l) => l.required > 0);
  if (rows.length === 0) return null;
  return rows.reduce((s, l) => s + Math.min(l.achieved, l.required) / l.required, 0) / rows.length;
}

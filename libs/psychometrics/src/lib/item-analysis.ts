/**
 * Classical item analysis of scored forms (DESIGN.md §5 "Item quality"). Matrices are persons ×
 * items; a cell is the item score (0/1 for dichotomous items) or null when the item was not
 * presented to that person.
 */

export type ScoreMatrix = readonly (readonly (number | null)[])[];

export interface ItemStatistics {
  readonly index: number;
  /** Persons who were presented the item. */
  readonly n: number;
  /** Difficulty p: mean item score (proportion correct for 0/1 items); null when n = 0. */
  readonly p: number | null;
  /**
   * Corrected point-biserial: correlation of the item with the rest score (the person's total on
   * the other presented items), so that the item does not correlate with itself. Null when either
   * variable is constant.
   */
  readonly pointBiserial: number | null;
  /** Share of persons who were presented the item. */
  readonly exposureRate: number;
}

function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= 0 || syy <= 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** p, corrected point-biserial and exposure rate of every item (column) of a matrix. */
export function itemStatistics(matrix: ScoreMatrix): ItemStatistics[] {
  const persons = matrix.length;
  const items = persons === 0 ? 0 : Math.max(...matrix.map((r) => r.length));
  const totals = matrix.map((row) => row.reduce<number>((s, x) => s + (x ?? 0), 0));
  const out: ItemStatistics[] = [];
  for (let j = 0; j < items; j++) {
    const scores: number[] = [];
    const rest: number[] = [];
    matrix.forEach((row, i) => {
      const x = row[j];
      if (x === null || x === undefined) return;
      scores.push(x);
      rest.push((totals[i] as number) - x);
    });
    const n = scores.length;
    out.push({
      index: j,
      n,
      p: n === 0 ? null : scores.reduce((s, x) => s + x, 0) / n,
      pointBiserial: correlation(scores, rest),
      exposureRate: persons === 0 ? 0 : n / persons,
    });
  }
  return out;
}

export interface FormReliability {
  /** Complete rows used (rows with a null are left out: α needs every item for every person). */
  readonly n: number;
  readonly items: number;
  readonly mean: number;
  /** Sample SD (n − 1) of total scores. */
  readonly sd: number;
  /** Cronbach's α; equals KR-20 for 0/1 items. Null when undefined (< 2 items or rows, or no total variance). */
  readonly alpha: number | null;
  /** SEM = SD·√(1 − α). */
  readonly sem: number | null;
}

/**
 * Cronbach's α = k/(k − 1)·(1 − Σσ²ᵢ/σ²ₓ). With 0/1 items σ²ᵢ = p·q and this is KR-20
 * (Kuder–Richardson formula 20). Population variances are used throughout; the ratio is the same
 * with n − 1.
 */
export function formReliability(matrix: ScoreMatrix): FormReliability {
  const k = matrix.length === 0 ? 0 : Math.max(...matrix.map((r) => r.length));
  const rows = matrix.filter((r) => r.length === k && r.every((x) => x !== null && x !== undefined)) as (readonly number[])[];
  const n = rows.length;
  const totals = rows.map((r) => r.reduce((s, x) => s + x, 0));
  const mean = n === 0 ? 0 : totals.reduce((s, x) => s + x, 0) / n;
  const ssTotal = totals.reduce((s, x) => s + (x - mean) ** 2, 0);
  const sd = n > 1 ? Math.sqrt(ssTotal / (n - 1)) : 0;
  if (k < 2 || n < 2 || ssTotal <= 0) return { n, items: k, mean, sd, alpha: null, sem: null };
  let itemVariances = 0;
  for (let j = 0; j < k; j++) {
    const m = rows.reduce((s, r) => s + (r[j] as number), 0) / n;
    itemVariances += rows.reduce((s, r) => s + ((r[j] as number) - m) ** 2, 0) / n;
  }
  const alpha = (k / (k - 1)) * (1 - itemVariances / (ssTotal / n));
  return { n, items: k, mean, sd, alpha, sem: standardErrorOfMeasurement(sd, alpha) };
}

/** KR-20 of a 0/1 form (Cronbach's α specialised to dichotomous items). */
export function kr20(matrix: ScoreMatrix): number | null {
  return formReliability(matrix).alpha;
}

/** SEM = SD·√(1 − reliability); reliability below 0 is treated as 0. */
export function standardErrorOfMeasurement(sd: number, reliability: number): number {
  return sd * Math.sqrt(1 - Math.min(1, Math.max(0, reliability)));
}

export interface DistractorCount {
  readonly option: string;
  readonly count: number;
  /** Share of the persons who answered (nulls excluded). */
  readonly share: number;
}

/** How often each option was chosen; options never chosen are listed with 0. */
export function distractorCounts(choices: readonly (string | null)[], options: readonly string[]): DistractorCount[] {
  const answered = choices.filter((c): c is string => c !== null);
  const counts = new Map<string, number>(options.map((o) => [o, 0]));
  for (const c of answered) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([option, count]) => ({ option, count, share: answered.length === 0 ? 0 : count / answered.length }));
}

/** Exposure rate of each item: times administered / examinees. */
export function exposureRates(timesAdministered: Readonly<Record<string, number>>, examinees: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, count] of Object.entries(timesAdministered)) out[id] = examinees > 0 ? count / examinees : 0;
  return out;
}

export interface FlagThresholds {
  /** p above this → too easy; default 0.9. */
  readonly tooEasyP?: number;
  /** p below this → too hard; default 0.2. */
  readonly tooHardP?: number;
  /** Corrected point-biserial below this → poor discrimination; default 0.2. */
  readonly poorDiscrimination?: number;
  /** Below this → negative discrimination (likely a wrong key); default 0. */
  readonly negativeDiscrimination?: number;
  /** A distractor chosen by fewer than this share → non-functioning distractor; default 0.05. */
  readonly weakDistractorShare?: number;
}

export type ItemFlag = 'too-easy' | 'too-hard' | 'poor-discrimination' | 'negative-discrimination' | 'weak-distractor';

export interface FlagInput {
  readonly p: number | null;
  readonly pointBiserial: number | null;
  /** Distractor counts with the key left out; omit for items without options. */
  readonly distractors?: readonly DistractorCount[];
}

/** Review flags of one item (DESIGN.md §5: flags feed the item review workflow). */
export function flagItem(stats: FlagInput, thresholds: FlagThresholds = {}): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (stats.p !== null && stats.p > (thresholds.tooEasyP ?? 0.9)) flags.push('too-easy');
  if (stats.p !== null && stats.p < (thresholds.tooHardP ?? 0.2)) flags.push('too-hard');
  const r = stats.pointBiserial;
  if (r !== null && r < (thresholds.negativeDiscrimination ?? 0)) flags.push('negative-discrimination');
  else if (r !== null && r < (thresholds.poorDiscrimination ?? 0.2)) flags.push('poor-discrimination');
  if (stats.distractors?.some((d) => d.share < (thresholds.weakDistractorShare ?? 0.05))) flags.push('weak-distractor');
  return flags;
}

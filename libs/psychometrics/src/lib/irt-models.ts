/**
 * Item response functions of the 2PL and 3PL models and their Fisher information.
 *
 * Metric: the scaling constant D defaults to 1 (the logistic metric, in which `a` is the slope of
 * the logit). Pass `D: 1.7` (NORMAL_OGIVE_D) when the parameters come from the normal-ogive metric
 * (e.g. older BILOG/LOGIST output); the 1.7 makes the logistic curve approximate the normal ogive
 * to within 0.01 everywhere.
 */

/** IRT parameters of one dichotomous item. `c` (pseudo-guessing) is 0 for the 2PL. */
export interface ItemParameters {
  /** Discrimination (> 0). */
  readonly a: number;
  /** Difficulty, on the θ scale. */
  readonly b: number;
  /** Lower asymptote in [0, 1); omitted or 0 for the 2PL. */
  readonly c?: number;
}

export interface IrtOptions {
  /** Scaling constant D; default 1 (logistic metric). */
  readonly D?: number;
}

/** One scored answer to a calibrated item. */
export interface ScoredResponse {
  readonly item: ItemParameters;
  readonly correct: boolean;
}

export const LOGISTIC_D = 1;
export const NORMAL_OGIVE_D = 1.7;

/** P(θ) = c + (1 − c) / (1 + exp(−D·a·(θ − b))). */
export function probabilityCorrect(theta: number, item: ItemParameters, options: IrtOptions = {}): number {
  const c = item.c ?? 0;
  const z = (options.D ?? LOGISTIC_D) * item.a * (theta - item.b);
  return c + (1 - c) / (1 + Math.exp(-z));
}

/** 1 − P(θ), computed directly so that it keeps its precision when P is close to 1. */
export function probabilityIncorrect(theta: number, item: ItemParameters, options: IrtOptions = {}): number {
  const c = item.c ?? 0;
  const z = (options.D ?? LOGISTIC_D) * item.a * (theta - item.b);
  return (1 - c) / (1 + Math.exp(z));
}

/**
 * Item information (Birnbaum; Lord 1980, eq. 5-6 form):
 * I(θ) = D²a² · (Q/P) · ((P − c)/(1 − c))². For c = 0 this is D²a²·P·Q.
 */
export function itemInformation(theta: number, item: ItemParameters, options: IrtOptions = {}): number {
  const c = item.c ?? 0;
  const d = options.D ?? LOGISTIC_D;
  const p = probabilityCorrect(theta, item, options);
  const q = probabilityIncorrect(theta, item, options);
  if (p <= 0 || q <= 0) return 0;
  const ratio = (p - c) / (1 - c);
  return d * d * item.a * item.a * (q / p) * ratio * ratio;
}

/** Test information: the sum of item informations. */
export function testInformation(theta: number, items: readonly ItemParameters[], options: IrtOptions = {}): number {
  let total = 0;
  for (const item of items) total += itemInformation(theta, item, options);
  return total;
}

/**
 * θ at which a 3PL item is most informative (Lord 1980):
 * θmax = b + ln((1 + √(1 + 8c)) / 2) / (D·a). Equals b for the 2PL.
 */
export function thetaOfMaximumInformation(item: ItemParameters, options: IrtOptions = {}): number {
  const c = item.c ?? 0;
  const d = options.D ?? LOGISTIC_D;
  return item.b + Math.log((1 + Math.sqrt(1 + 8 * c)) / 2) / (d * item.a);
}

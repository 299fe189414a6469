/**
 * Maximum-likelihood θ by Newton–Raphson. For the 2PL the step uses the exact second derivative
 * (which equals the test information); for the 3PL it uses the expected information (Fisher
 * scoring), which keeps the step direction ascending where the observed curvature is not.
 */
import { type IrtOptions, type ScoredResponse, LOGISTIC_D, itemInformation, probabilityCorrect } from './irt-models';
import type { ThetaEstimate } from './eap';

export interface MleOptions extends IrtOptions {
  readonly maxIterations?: number;
  /** Stop when a step is smaller than this. */
  readonly tolerance?: number;
  /** θ beyond ±bound is treated as "no finite maximum". */
  readonly bound?: number;
  /** Start value; default 0. */
  readonly start?: number;
}

export interface MleEstimate extends ThetaEstimate {
  readonly iterations: number;
}

/** Score function dlnL/dθ = Σ D·a·(u − P)·(P − c) / (P·(1 − c)). */
export function logLikelihoodSlope(theta: number, responses: readonly ScoredResponse[], options: IrtOptions = {}): number {
  const d = options.D ?? LOGISTIC_D;
  let slope = 0;
  for (const { item, correct } of responses) {
    const c = item.c ?? 0;
    const p = probabilityCorrect(theta, item, options);
    slope += (d * item.a * ((correct ? 1 : 0) - p) * (p - c)) / (p * (1 - c));
  }
  return slope;
}

/**
 * MLE of θ, or null when it is not defined: no responses, all correct or all wrong (the
 * likelihood then increases without bound), or no convergence within ±bound.
 */
export function estimateMle(responses: readonly ScoredResponse[], options: MleOptions = {}): MleEstimate | null {
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-8;
  const bound = options.bound ?? 8;
  const correct = responses.filter((r) => r.correct).length;
  if (responses.length === 0 || correct === 0 || correct === responses.length) return null;
  let theta = options.start ?? 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const slope = logLikelihoodSlope(theta, responses, options);
    let information = 0;
    for (const r of responses) information += itemInformation(theta, r.item, options);
    if (!(information > 0)) return null;
    // Limit the step: far from the maximum the quadratic model overshoots.
    const step = Math.max(-1, Math.min(1, slope / information));
    theta += step;
    if (!Number.isFinite(theta) || Math.abs(theta) > bound) return null;
    if (Math.abs(step) < tolerance) {
      let info = 0;
      for (const r of responses) info += itemInformation(theta, r.item, options);
      return { theta, se: 1 / Math.sqrt(info), iterations: iteration };
    }
  }
  return null;
}

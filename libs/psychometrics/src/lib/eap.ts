/**
 * Expected a posteriori (EAP) estimation of θ by quadrature. The posterior SD serves as the
 * standard error. EAP exists for every response pattern (unlike the MLE), which is why adaptive
 * testing uses it from the first item on.
 */
import { type IrtOptions, type ItemParameters, type ScoredResponse, probabilityCorrect, probabilityIncorrect } from './irt-models';
import { DEFAULT_GRID, type QuadratureGrid } from './quadrature';

export interface ThetaEstimate {
  readonly theta: number;
  /** Standard error: posterior SD for EAP, 1/√I(θ̂) for the MLE. */
  readonly se: number;
}

export interface EapOptions extends IrtOptions {
  /** Quadrature grid and prior; default 61 points on [−4, 4] with a standard normal prior. */
  readonly grid?: QuadratureGrid;
}

/** Log-likelihood at each node, kept in log space so that long tests do not underflow. */
export function emptyLogLikelihood(grid: QuadratureGrid = DEFAULT_GRID): number[] {
  return grid.nodes.map(() => 0);
}

/** Adds one response to a node-wise log-likelihood in place (incremental scoring for CAT). */
export function addResponseToLogLikelihood(
  logLikelihood: number[],
  item: ItemParameters,
  correct: boolean,
  options: EapOptions = {},
): void {
  const nodes = (options.grid ?? DEFAULT_GRID).nodes;
  for (let q = 0; q < nodes.length; q++) {
    const theta = nodes[q] as number;
    const p = correct ? probabilityCorrect(theta, item, options) : probabilityIncorrect(theta, item, options);
    logLikelihood[q] = (logLikelihood[q] as number) + Math.log(Math.max(p, Number.MIN_VALUE));
  }
}

/** Posterior mean and SD from a node-wise log-likelihood. */
export function summarisePosterior(logLikelihood: readonly number[], grid: QuadratureGrid = DEFAULT_GRID): ThetaEstimate {
  let top = -Infinity;
  for (const l of logLikelihood) if (l > top) top = l;
  let mass = 0;
  let first = 0;
  let second = 0;
  for (let q = 0; q < grid.nodes.length; q++) {
    const theta = grid.nodes[q] as number;
    const w = (grid.weights[q] as number) * Math.exp((logLikelihood[q] as number) - top);
    mass += w;
    first += w * theta;
    second += w * theta * theta;
  }
  const mean = first / mass;
  const variance = Math.max(0, second / mass - mean * mean);
  return { theta: mean, se: Math.sqrt(variance) };
}

/** EAP θ and its posterior SD for a response pattern (empty pattern → prior mean and SD). */
export function estimateEap(responses: readonly ScoredResponse[], options: EapOptions = {}): ThetaEstimate {
  const grid = options.grid ?? DEFAULT_GRID;
  const logLikelihood = emptyLogLikelihood(grid);
  for (const r of responses) addResponseToLogLikelihood(logLikelihood, r.item, r.correct, options);
  return summarisePosterior(logLikelihood, grid);
}

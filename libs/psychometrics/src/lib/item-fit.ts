/**
 * Item fit of calibrated parameters, a posterior predictive check: for each person who saw the
 * item, the model's probability of a correct answer is averaged over the person's posterior of θ
 * given their *other* answers (so neither the item itself nor EAP shrinkage biases it). Persons are
 * ordered by that posterior mean and cut into groups of equal size; RMSD is the root mean square of
 * observed minus expected proportion correct over the groups, weighted by group size. 0 is a
 * perfect fit; above about 0.1 the item curve does not describe the data.
 */
import { type ItemParameters, probabilityCorrect } from './irt-models';
import { addResponseToLogLikelihood, emptyLogLikelihood, type EapOptions } from './eap';
import { DEFAULT_GRID } from './quadrature';
import type { ResponseMatrix } from './calibration-em';

export interface ItemFitOptions extends EapOptions {
  /** Number of θ groups; default 5. */
  readonly groups?: number;
}

export function itemFitRmsd(matrix: ResponseMatrix, items: readonly ItemParameters[], j: number, options: ItemFitOptions = {}): number {
  const grid = options.grid ?? DEFAULT_GRID;
  const item = items[j] as ItemParameters;
  const seen: { x: number; expected: number; order: number }[] = [];
  for (const row of matrix) {
    const x = row[j];
    if (x === null || x === undefined) continue;
    const ll = emptyLogLikelihood(grid);
    row.forEach((y, k) => {
      if (k !== j && y !== null && y !== undefined) addResponseToLogLikelihood(ll, items[k] as ItemParameters, y >= 0.5, options);
    });
    const top = Math.max(...ll);
    let mass = 0;
    let expected = 0;
    let mean = 0;
    grid.nodes.forEach((theta, q) => {
      const w = (grid.weights[q] as number) * Math.exp((ll[q] as number) - top);
      mass += w;
      expected += w * probabilityCorrect(theta, item, options);
      mean += w * theta;
    });
    seen.push({ x, expected: expected / mass, order: mean / mass });
  }
  if (seen.length === 0) return 0;
  seen.sort((p, q) => p.order - q.order);
  const k = Math.max(1, Math.min(options.groups ?? 5, seen.length));
  let sum = 0;
  for (let g = 0; g < k; g++) {
    const part = seen.slice(Math.floor((g * seen.length) / k), Math.floor(((g + 1) * seen.length) / k));
    if (part.length === 0) continue;
    const observed = part.reduce((s, r) => s + r.x, 0) / part.length;
    const expected = part.reduce((s, r) => s + r.expected, 0) / part.length;
    sum += part.length * (observed - expected) ** 2;
  }
  return Math.sqrt(sum / seen.length);
}

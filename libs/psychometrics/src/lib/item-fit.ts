/**
 * Item fit of calibrated parameters: persons who saw the item are sorted by θ̂ and cut into
 * groups of equal size; in each group the observed proportion correct is compared with the mean
 * model probability. RMSD is the root mean square of those differences, weighted by group size
 * (0 is a perfect fit; above about 0.1 the item curve does not describe the data).
 */
import { type IrtOptions, type ItemParameters, probabilityCorrect } from './irt-models';
import { estimateEap } from './eap';
import type { ResponseMatrix } from './calibration-em';

export function itemFitRmsd(
  column: readonly (number | null)[],
  thetas: readonly number[],
  item: ItemParameters,
  groups = 5,
  options: IrtOptions = {},
): number {
  const seen = column.flatMap((x, i) => (x === null || x === undefined ? [] : [{ x, theta: thetas[i] as number }]));
  if (seen.length === 0) return 0;
  seen.sort((p, q) => p.theta - q.theta);
  const k = Math.max(1, Math.min(groups, seen.length));
  let sum = 0;
  for (let g = 0; g < k; g++) {
    const part = seen.slice(Math.floor((g * seen.length) / k), Math.floor(((g + 1) * seen.length) / k));
    if (part.length === 0) continue;
    const observed = part.reduce((s, r) => s + r.x, 0) / part.length;
    const expected = part.reduce((s, r) => s + probabilityCorrect(r.theta, item, options), 0) / part.length;
    sum += part.length * (observed - expected) ** 2;
  }
  return Math.sqrt(sum / seen.length);
}

/** EAP θ̂ of every person (row) of a response matrix under the given item parameters. */
export function personThetas(matrix: ResponseMatrix, items: readonly ItemParameters[], options: IrtOptions = {}): number[] {
  return matrix.map(
    (row) =>
      estimateEap(
        row.flatMap((x, j) => (x === null || x === undefined ? [] : [{ item: items[j] as ItemParameters, correct: x >= 0.5 }])),
        options,
      ).theta,
  );
}

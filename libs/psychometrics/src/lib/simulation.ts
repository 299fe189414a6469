/**
 * Seeded simulation of examinees and their responses, for recovery tests and the cat-sim tool.
 */
import { type IrtOptions, type ItemParameters, probabilityCorrect } from './irt-models';
import { type Rng, normal } from './random';

/** n abilities θ ~ N(mean, sd²); default standard normal. */
export function simulateThetas(n: number, rng: Rng, mean = 0, sd = 1): number[] {
  return Array.from({ length: n }, () => normal(rng, mean, sd));
}

/** One Bernoulli response: 1 with probability P(θ). */
export function simulateResponse(theta: number, item: ItemParameters, rng: Rng, options: IrtOptions = {}): 0 | 1 {
  return rng() < probabilityCorrect(theta, item, options) ? 1 : 0;
}

export interface SimulateMatrixOptions extends IrtOptions {
  /** Probability that a cell is not presented (null), independently of θ; default 0. */
  readonly missingRate?: number;
}

/** Persons × items response matrix. */
export function simulateResponseMatrix(
  thetas: readonly number[],
  items: readonly ItemParameters[],
  rng: Rng,
  options: SimulateMatrixOptions = {},
): (0 | 1 | null)[][] {
  const missing = options.missingRate ?? 0;
  return thetas.map((theta) =>
    items.map((item) => {
      if (missing > 0 && rng() < missing) return null;
      return simulateResponse(theta, item, rng, options);
    }),
  );
}

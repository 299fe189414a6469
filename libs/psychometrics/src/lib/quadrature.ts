/**
 * Fixed quadrature grid with normal prior weights, shared by EAP scoring and EM calibration.
 * Equally spaced nodes are adequate here because the integrands are smooth and the prior is
 * negligible beyond ±4.
 */
export interface QuadratureGrid {
  readonly nodes: readonly number[];
  /** Prior weights at the nodes, summing to 1. */
  readonly weights: readonly number[];
}

export interface QuadratureOptions {
  readonly points?: number;
  readonly min?: number;
  readonly max?: number;
  /** Mean and SD of the normal prior; default standard normal. */
  readonly mean?: number;
  readonly sd?: number;
}

export function normalQuadrature(options: QuadratureOptions = {}): QuadratureGrid {
  const points = options.points ?? 61;
  const min = options.min ?? -4;
  const max = options.max ?? 4;
  const mean = options.mean ?? 0;
  const sd = options.sd ?? 1;
  if (!Number.isInteger(points) || points < 2 || !(max > min) || !(sd > 0)) {
    throw new RangeError('normalQuadrature: need at least 2 points, max > min and sd > 0');
  }
  const nodes: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < points; i++) {
    const x = min + ((max - min) * i) / (points - 1);
    nodes.push(x);
    raw.push(Math.exp(-0.5 * ((x - mean) / sd) ** 2));
  }
  const total = raw.reduce((s, w) => s + w, 0);
  return { nodes, weights: raw.map((w) => w / total) };
}

/** The default grid: 61 points on [−4, 4], standard normal prior. */
export const DEFAULT_GRID: QuadratureGrid = normalQuadrature();

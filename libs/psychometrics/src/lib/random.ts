/**
 * Seeded randomness. Every random choice in the library (exposure control, simulation) takes an
 * `Rng` argument so that runs are reproducible from a seed and testable.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit generator; good enough for simulation, not for cryptography. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform number in [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}

/** Standard normal draw by the Box–Muller transform (one of the pair is used; simplicity over speed). */
export function standardNormal(rng: Rng): number {
  let u = rng();
  while (u <= Number.MIN_VALUE) u = rng(); // log(0) would give an infinite draw
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Normal draw with the given mean and standard deviation. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  return mean + sd * standardNormal(rng);
}

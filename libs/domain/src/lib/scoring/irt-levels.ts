/**
 * The θ scale of the IRT level rule (DESIGN.md §5): one cut per level of the methodology's scale,
 * and the starting parameters an uncalibrated item gets from its target level.
 */

/** The version's cuts when it gives them; otherwise evenly spaced from −1.5 to +1.5 on the standard-normal θ scale. */
export function levelCuts(scaleSize: number, cuts?: readonly number[]): number[] {
  if (cuts && cuts.length === scaleSize) return [...cuts];
  if (scaleSize <= 1) return [0];
  return Array.from({ length: scaleSize }, (_, i) => -1.5 + (3 * i) / (scaleSize - 1));
}

export interface StartingIrt {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** 0: not calibrated from responses yet. */
  readonly sampleSize: number;
}

/**
 * Starting 2PL parameters of an item written for `level`: a person exactly at the level's cut
 * answers it correctly half of the time (b = cut), with a moderate discrimination.
 */
export function startingIrtParameters(level: number, cuts: readonly number[]): StartingIrt {
  const b = cuts[Math.min(cuts.length, Math.max(1, level)) - 1] ?? 0;
  return { a: 1.2, b, c: 0, sampleSize: 0 };
}

/** The level an IRT estimate supports, and the levels its 95% interval spans. */
export function levelRange(theta: number, se: number, cuts: readonly number[], z = 1.96): { level: number; low: number; high: number } {
  const at = (t: number) => cuts.reduce((n, cut, i) => (t >= cut ? i + 1 : n), 0);
  return { level: at(theta), low: at(theta - z * se), high: at(theta + z * se) };
}

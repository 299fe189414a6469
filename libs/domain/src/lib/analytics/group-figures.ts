/** Sums over a group of people, as the aggregates store them. */
export interface GroupSums {
  readonly people: number;
  readonly measured: number;
  /** Σ CI over the people. */
  readonly ciSum: number;
  readonly fullyCompliant: number;
}

/** Organisation figures (DESIGN.md §4): the mean CI and the share of fully compliant people over a group. */
export interface GroupFigures {
  readonly people: number;
  readonly measured: number;
  readonly meanCi: number | null;
  readonly fullyCompliant: number;
  readonly fullyCompliantShare: number | null;
}

export const NO_PEOPLE: GroupSums = { people: 0, measured: 0, ciSum: 0, fullyCompliant: 0 };

export function addSums(a: GroupSums, b: GroupSums): GroupSums {
  return {
    people: a.people + b.people,
    measured: a.measured + b.measured,
    ciSum: a.ciSum + b.ciSum,
    fullyCompliant: a.fullyCompliant + b.fullyCompliant,
  };
}

/** Means and shares of a group; null for an empty group (no figure rather than a made-up 0). */
export function groupFigures(s: GroupSums): GroupFigures {
  return {
    people: s.people,
    measured: s.measured,
    meanCi: s.people ? clamp01(s.ciSum / s.people) : null,
    fullyCompliant: s.fullyCompliant,
    fullyCompliantShare: s.people ? s.fullyCompliant / s.people : null,
  };
}

/** A share met/total, or null when total is 0. */
export function share(part: number, total: number): number | null {
  return total ? part / total : null;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

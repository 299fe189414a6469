/** Points offered and earned on one competency's items of one level. */
export interface LevelPoints {
  readonly level: number;
  readonly earned: number;
  readonly possible: number;
}

export interface MasteryOptions {
  /** Share of a level's points needed to achieve it (DESIGN.md §5; default 0.7). */
  readonly threshold: number;
  /** When true (the default rule) a level counts only if every lower level is achieved. */
  readonly lowerLevelsRequired: boolean;
}

/**
 * Achieved level of one competency under the mastery rule: the highest level ℓ whose items
 * earned at least `threshold` of their points (and, by default, every lower level too).
 * A level with no items measured cannot be achieved, and it blocks the levels above it when
 * lower levels are required. Returns 0 when nothing is achieved.
 */
export function masteryLevel(points: readonly LevelPoints[], options: MasteryOptions): number {
  const byLevel = new Map<number, { earned: number; possible: number }>();
  for (const p of points) {
    const e = byLevel.get(p.level) ?? { earned: 0, possible: 0 };
    byLevel.set(p.level, { earned: e.earned + p.earned, possible: e.possible + p.possible });
  }
  const mastered = (level: number) => {
    const e = byLevel.get(level);
    return !!e && e.possible > 0 && e.earned / e.possible >= options.threshold - 1e-9;
  };
  const top = Math.max(0, ...byLevel.keys());
  let achieved = 0;
  for (let level = 1; level <= top; level++) {
    if (mastered(level)) achieved = level;
    else if (options.lowerLevelsRequired) break;
  }
  return achieved;
}

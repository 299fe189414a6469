import { AchievedLevels, CompetencyGap, CompetencyRequirement, ScaleOptions } from './compliance.types';
import { validateAchievedLevels, validateRequirements } from './validation';

/**
 * Achieved level a_c of a competency: the value in `achieved`, or 0 when never measured.
 * Only own keys count (a code such as "constructor" is never read from the prototype).
 */
export function achievedLevelOf(achieved: AchievedLevels, code: string): number {
  return Object.prototype.hasOwnProperty.call(achieved, code) ? achieved[code] : 0;
}

/**
 * Gap analysis (DESIGN.md §4), one row per requirement in the given order:
 * g_c = max(0, r_c − a_c); m_c = min(a_c, r_c) / r_c, or `null` when r_c = 0.
 *
 * @throws DomainError for invalid input (see {@link validateRequirements}).
 */
export function gaps(
  requirements: readonly CompetencyRequirement[],
  achieved: AchievedLevels,
  options: ScaleOptions = {},
): CompetencyGap[] {
  validateRequirements(requirements, options);
  validateAchievedLevels(achieved, options);
  return requirements.map((req) => {
    const r = req.requiredLevel;
    const a = achievedLevelOf(achieved, req.competencyCode);
    return {
      code: req.competencyCode,
      required: r,
      achieved: a,
      gap: Math.max(0, r - a),
      compliance: r === 0 ? null : Math.min(a, r) / r,
      weight: req.weight,
      critical: req.critical,
    };
  });
}

/** CI from already computed gap rows (rows with `compliance === null` are left out). */
export function complianceIndexOfGaps(rows: readonly CompetencyGap[]): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const row of rows) {
    if (row.compliance === null) continue;
    weighted += row.weight * row.compliance;
    totalWeight += row.weight;
  }
  // Σw = 0 (no competency with r_c > 0, or all of them weigh 0): nothing weighted is
  // required, so the person is taken as compliant: CI = 1.
  if (totalWeight === 0) return 1;
  // Guard against rounding drift beyond [0, 1].
  return Math.min(1, Math.max(0, weighted / totalWeight));
}

/**
 * Compliance index CI = Σ w_c·m_c / Σ w_c over competencies with r_c > 0, in [0, 1].
 *
 * When Σ w_c = 0 (no competency is required, or every required one has weight 0) the
 * index is defined as **1**: nothing (weighted) is required, so nothing is missing.
 * Note that {@link isFullyCompliant} still looks at every gap, including weight-0 ones.
 *
 * @throws DomainError for invalid input.
 */
export function complianceIndex(
  requirements: readonly CompetencyRequirement[],
  achieved: AchievedLevels,
  options: ScaleOptions = {},
): number {
  return complianceIndexOfGaps(gaps(requirements, achieved, options));
}

/**
 * Fully compliant: every g_c = 0 (every required level is reached), whatever the weights.
 *
 * @throws DomainError for invalid input.
 */
export function isFullyCompliant(
  requirements: readonly CompetencyRequirement[],
  achieved: AchievedLevels,
  options: ScaleOptions = {},
): boolean {
  return gaps(requirements, achieved, options).every((row) => row.gap === 0);
}

/** Default size N of the proficiency scale (Awareness, Practitioner, Advanced, Expert). */
export const DEFAULT_SCALE_SIZE = 4;

/**
 * One row of a position profile (DESIGN.md §3): the level required in one competency.
 * - `requiredLevel` r_c: whole number in 0..N; 0 means "not required" (left out of CI).
 * - `weight` w_c: finite number ≥ 0 (default 1 in the methodology; higher for key competencies).
 * - `critical`: when the rules say so, a gap here rules out "meets subject to training".
 */
export interface CompetencyRequirement {
  competencyCode: string;
  requiredLevel: number;
  weight: number;
  critical: boolean;
}

/**
 * Achieved level a_c per competency code, whole numbers in 0..N.
 * A missing key means "never measured" and counts as 0. Keys that are not in the
 * requirements are ignored.
 */
export type AchievedLevels = Record<string, number>;

/** Options shared by the compliance functions. */
export interface ScaleOptions {
  /** Size N of the proficiency scale; levels are 0..N. Default {@link DEFAULT_SCALE_SIZE}. */
  scaleSize?: number;
}

/** Gap analysis of one competency (DESIGN.md §4). */
export interface CompetencyGap {
  code: string;
  /** r_c */
  required: number;
  /** a_c (0 when never measured) */
  achieved: number;
  /** g_c = max(0, r_c − a_c) */
  gap: number;
  /**
   * m_c = min(a_c, r_c) / r_c, in [0, 1]; `null` when r_c = 0 (the competency is not
   * required and is left out of the compliance index).
   */
  compliance: number | null;
  weight: number;
  critical: boolean;
}

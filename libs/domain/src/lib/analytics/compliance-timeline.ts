import type { CompetencyRequirement } from '../compliance.types';
import { complianceIndexOfGaps, gaps } from '../compliance';

/** One measured level of a competency (DESIGN.md §3: the competency profile keeps history). */
export interface LevelMeasurement {
  readonly competencyCode: string;
  readonly level: number;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** Where a person stands against a position profile at one moment (DESIGN.md §4). */
export interface ComplianceAt {
  /** Compliance index CI in [0, 1] (never measured: a_c = 0). */
  readonly ci: number;
  /** Every g_c = 0. */
  readonly fullyCompliant: boolean;
  /** At least one required competency (r_c > 0) has a measurement. */
  readonly measured: boolean;
  /** g_c per requirement with r_c > 0, in the order of the profile. */
  readonly gaps: readonly { readonly code: string; readonly gap: number; readonly critical: boolean }[];
  /** Σ g_c. */
  readonly gapTotal: number;
  /** Competencies with g_c > 0. */
  readonly gapCount: number;
  /** Critical competencies with g_c > 0. */
  readonly criticalGaps: number;
  /** Time of the newest measurement counted (epoch ms), or null. */
  readonly lastMeasuredAt: number | null;
}

/**
 * A person's compliance at each checkpoint: the achieved level a_c of a competency is its latest
 * measurement strictly before the checkpoint (ties: the later one in `measurements`), 0 when never
 * measured; levels beyond the version's scale count as its top level. CI, gaps and full
 * compliance are the functions of `compliance.ts`, so the figures follow DESIGN.md §4 exactly.
 *
 * @param measurements sorted by `at`, oldest first
 * @param checkpoints epoch ms, ascending
 */
export function complianceTimeline(
  requirements: readonly CompetencyRequirement[],
  measurements: readonly LevelMeasurement[],
  checkpoints: readonly number[],
  scaleSize: number,
): ComplianceAt[] {
  const required = new Set(requirements.filter((r) => r.requiredLevel > 0).map((r) => r.competencyCode));
  const achieved: Record<string, number> = {};
  let measured = false;
  let lastMeasuredAt: number | null = null;
  let next = 0;
  let previous: ComplianceAt | null = null;
  const out: ComplianceAt[] = [];
  for (const checkpoint of checkpoints) {
    const from = next;
    for (; next < measurements.length && measurements[next].at < checkpoint; next++) {
      const m = measurements[next];
      achieved[m.competencyCode] = Math.max(0, Math.min(scaleSize, Math.trunc(m.level)));
      if (required.has(m.competencyCode)) measured = true;
      lastMeasuredAt = m.at;
    }
    // Nothing measured since the previous checkpoint: the same figures (most months of most people).
    if (previous === null || next !== from) previous = complianceOf(requirements, achieved, scaleSize, measured, lastMeasuredAt);
    out.push(previous);
  }
  return out;
}

/** The compliance index after each measuring moment (one point per distinct `at`). */
export function complianceHistory(
  requirements: readonly CompetencyRequirement[],
  measurements: readonly LevelMeasurement[],
  scaleSize: number,
): { at: number; ci: number; fullyCompliant: boolean }[] {
  const moments = [...new Set(measurements.map((m) => m.at))].sort((a, b) => a - b);
  const points = complianceTimeline(
    requirements,
    measurements,
    moments.map((at) => at + 1),
    scaleSize,
  );
  return moments.map((at, i) => ({ at, ci: points[i].ci, fullyCompliant: points[i].fullyCompliant }));
}

function complianceOf(
  requirements: readonly CompetencyRequirement[],
  achieved: Record<string, number>,
  scaleSize: number,
  measured: boolean,
  lastMeasuredAt: number | null,
): ComplianceAt {
  const rows = gaps(requirements, achieved, { scaleSize });
  let gapTotal = 0;
  let gapCount = 0;
  let criticalGaps = 0;
  const shown: { code: string; gap: number; critical: boolean }[] = [];
  for (const r of rows) {
    if (r.required === 0) continue;
    shown.push({ code: r.code, gap: r.gap, critical: r.critical });
    gapTotal += r.gap;
    if (r.gap > 0) {
      gapCount++;
      if (r.critical) criticalGaps++;
    }
  }
  return {
    ci: complianceIndexOfGaps(rows),
    fullyCompliant: rows.every((r) => r.gap === 0),
    measured,
    gaps: shown,
    gapTotal,
    gapCount,
    criticalGaps,
    lastMeasuredAt,
  };
}

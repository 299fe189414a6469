import {
  complianceTimeline,
  employedOn,
  lastDayOf,
  monthBoundary,
  type CompetencyRequirement,
  type LevelMeasurement,
  type MonthKey,
} from '@civics/domain';
import type { AggregateRows, MeasurementRow, StaffRow, SumsRow } from '../analytics.repository';

/** What the refresh needs of a methodology version: its scale and the profile of each position. */
export interface VersionProfiles {
  readonly id: string;
  readonly scaleSize: number;
  readonly profiles: ReadonlyMap<string, readonly CompetencyRequirement[]>;
}

/** The months kept for trends (oldest first; the last is the current month) and the present moment. */
export interface TimeWindow {
  readonly months: readonly MonthKey[];
  /** Epoch ms: the current month counts what was measured until now. */
  readonly now: number;
  /** yyyy-mm-dd of `now`. */
  readonly today: string;
}

type MutableSums = { people: number; measured: number; ciSum: number; fullyCompliant: number };

function bump(map: Map<string, MutableSums>, key: string, ci: number, measured: boolean, fully: boolean): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = { people: 0, measured: 0, ciSum: 0, fullyCompliant: 0 }));
  s.people++;
  if (measured) s.measured++;
  s.ciSum += ci;
  if (fully) s.fullyCompliant++;
}

function byPerson(measurements: readonly MeasurementRow[]): Map<string, LevelMeasurement[]> {
  const out = new Map<string, LevelMeasurement[]>();
  for (const m of measurements) {
    let list = out.get(m.personId);
    if (!list) out.set(m.personId, (list = []));
    list.push({ competencyCode: m.competencyCode, level: m.level, at: m.at });
  }
  return out;
}

/**
 * The aggregates of a set of staff for every version: per person (current staff only), per unit
 * and position now, per unit, position and month of the window (people employed at the end of
 * the month, or today for the current month), and per unit, position, competency and gap size now.
 * Every figure comes from `complianceTimeline` (libs/domain), i.e. the formulas of DESIGN.md §4.
 *
 * @param measurements sorted by person, then time
 */
export function buildAggregates(
  versions: readonly VersionProfiles[],
  staff: readonly StaffRow[],
  measurements: readonly MeasurementRow[],
  window: TimeWindow,
): AggregateRows {
  const history = byPerson(measurements);
  const checkpoints = window.months.map((m) => Math.min(monthBoundary(m), window.now + 1));
  const days = window.months.map((m) => (lastDayOf(m) < window.today ? lastDayOf(m) : window.today));
  const out: AggregateRows = { persons: [], summaries: [], months: [], competencies: [] };

  for (const v of versions) {
    const summaries = new Map<string, MutableSums>();
    const unprofiled = new Map<string, number>();
    const months = new Map<string, MutableSums>();
    const gapCounts = new Map<string, number>();
    for (const p of staff) {
      const unitKey = `${p.organisationId}|${p.positionCode}`;
      const current = employedOn(window.today, p.hiredOn, p.leftOn);
      const requirements = v.profiles.get(p.positionCode);
      if (!requirements) {
        if (!current) continue;
        unprofiled.set(unitKey, (unprofiled.get(unitKey) ?? 0) + 1);
        out.persons.push({
          versionId: v.id,
          personId: p.id,
          organisationId: p.organisationId,
          positionCode: p.positionCode,
          hasProfile: false,
          ci: null,
          fullyCompliant: null,
          measured: false,
          gapTotal: 0,
          gapCount: 0,
          criticalGaps: 0,
          lastMeasuredAt: null,
        });
        continue;
      }
      const timeline = complianceTimeline(requirements, history.get(p.id) ?? [], checkpoints, v.scaleSize);
      timeline.forEach((point, i) => {
        if (employedOn(days[i], p.hiredOn, p.leftOn))
          bump(months, `${unitKey}|${window.months[i]}`, point.ci, point.measured, point.fullyCompliant);
      });
      if (!current) continue;
      const now = timeline[timeline.length - 1];
      bump(summaries, unitKey, now.ci, now.measured, now.fullyCompliant);
      for (const g of now.gaps) {
        const key = `${unitKey}|${g.code}|${g.gap}`;
        gapCounts.set(key, (gapCounts.get(key) ?? 0) + 1);
      }
      out.persons.push({
        versionId: v.id,
        personId: p.id,
        organisationId: p.organisationId,
        positionCode: p.positionCode,
        hasProfile: true,
        ci: now.ci,
        fullyCompliant: now.fullyCompliant,
        measured: now.measured,
        gapTotal: now.gapTotal,
        gapCount: now.gapCount,
        criticalGaps: now.criticalGaps,
        lastMeasuredAt: now.lastMeasuredAt === null ? null : new Date(now.lastMeasuredAt).toISOString(),
      });
    }
    for (const [key, s] of summaries) {
      const [organisationId, positionCode] = key.split('|');
      out.summaries.push({ versionId: v.id, organisationId, positionCode, hasProfile: true, ...(s as SumsRow) });
    }
    for (const [key, people] of unprofiled) {
      const [organisationId, positionCode] = key.split('|');
      out.summaries.push({
        versionId: v.id,
        organisationId,
        positionCode,
        hasProfile: false,
        people,
        measured: 0,
        ciSum: 0,
        fullyCompliant: 0,
      });
    }
    for (const [key, s] of months) {
      const [organisationId, positionCode, month] = key.split('|');
      out.months.push({ versionId: v.id, organisationId, positionCode, month, ...(s as SumsRow) });
    }
    for (const [key, people] of gapCounts) {
      const [organisationId, positionCode, competencyCode, gap] = key.split('|');
      out.competencies.push({ versionId: v.id, organisationId, positionCode, competencyCode, gap: Number(gap), people });
    }
  }
  return out;
}

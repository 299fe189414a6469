import { Injectable, Logger } from '@nestjs/common';
import type { AnalyticsStatus } from '@civics/contracts';
import { addMonths, monthOf, monthRange } from '@civics/domain';
import { MethodologyService } from '@civics/api-methodology';
import { AnalyticsRepository, type DirtyMark } from '../analytics.repository';
import { OrgTree } from '../dashboard/org-tree';
import { buildAggregates, type TimeWindow, type VersionProfiles } from './aggregate-builder';

/** Months kept for trends: the current one and the 23 before it. */
export const WINDOW_MONTHS = 24;
/** Staff per refresh batch (each batch is one transaction and a bounded amount of memory). */
const BATCH_PEOPLE = 5000;
/** Beyond this many changed people a full rebuild is cheaper than looking each one up. */
const FULL_REBUILD_ABOVE = 20_000;

export function trendWindow(now = new Date()): TimeWindow {
  const current = monthOf(now);
  return {
    months: monthRange(addMonths(current, -(WINDOW_MONTHS - 1)), current),
    now: now.getTime(),
    today: now.toISOString().slice(0, 10),
  };
}

/**
 * Keeps the analytics aggregates up to date (incremental maintenance). Triggers queue every person
 * whose measurements or unit, position or employment dates change; a refresh recomputes the units
 * of those people (where they are and where they were) from the raw rows with the formulas of
 * libs/domain. A full rebuild runs when the set of methodology versions changes, once a day (the
 * current month moves on, people's leaving dates pass) and after very large changes.
 */
@Injectable()
export class RefreshService {
  private readonly logger = new Logger('analytics.refresh');

  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly methodology: MethodologyService,
  ) {}

  async status(): Promise<AnalyticsStatus> {
    const [state, pendingPeople] = await Promise.all([this.repo.state(), this.repo.pendingPeople()]);
    return {
      refreshedAt: state.refreshedAt ? new Date(state.refreshedAt).toISOString() : null,
      pendingPeople,
      lastRun:
        state.lastKind === null
          ? null
          : {
              kind: state.lastKind,
              units: state.lastUnits ?? 0,
              people: state.lastPeople ?? 0,
              durationMs: state.lastDurationMs ?? 0,
            },
    };
  }

  /** Brings the aggregates up to date; one refresh at a time (a second caller waits for the lock). */
  async refresh(options: { full?: boolean; now?: Date } = {}): Promise<AnalyticsStatus> {
    await this.repo.withRefreshLock(() => this.run(options.full ?? false, options.now ?? new Date()));
    return this.status();
  }

  private async run(forceFull: boolean, now: Date): Promise<void> {
    const started = Date.now();
    const versions = await this.versions();
    const fingerprint = versions
      .map((v) => v.id)
      .sort()
      .join(',');
    const window = trendWindow(now);
    const state = await this.repo.state();
    let marks = await this.repo.dirtyMarks(FULL_REBUILD_ABOVE + 1);
    const full = forceFull || state.versions !== fingerprint || state.builtOn !== window.today || marks.length > FULL_REBUILD_ABOVE;
    // A full rebuild covers everyone marked so far: it takes (and removes) all their marks.
    if (full) marks = await this.repo.dirtyMarks(null);

    const staffPerUnit = new Map((await this.repo.staffPerUnit()).map((u) => [u.organisationId, u.staff]));
    const tree = new OrgTree(await this.repo.organisations());
    const units = full ? tree.all() : await this.repo.unitsOfPeople(marks.map((m) => m.personId));
    const batches = batchUnits(units, staffPerUnit);
    let people = 0;
    const spent = { read: 0, compute: 0, write: 0 };
    const clock = (phase: keyof typeof spent, t: number) => (spent[phase] += Date.now() - t);
    for (const [i, batch] of batches.entries()) {
      let t = Date.now();
      const staff = await this.repo.staffOf(batch);
      const measurements = await this.repo.measurementsOf(batch);
      clock('read', t);
      t = Date.now();
      const rows = buildAggregates(versions, staff, measurements, window);
      clock('compute', t);
      t = Date.now();
      // The marks go with the last batch: if a batch fails, the next run starts again from them.
      const seen: DirtyMark[] = i === batches.length - 1 ? marks : [];
      await this.repo.replaceUnits(
        batch,
        staff.map((s) => s.id),
        rows,
        seen,
      );
      clock('write', t);
      people += staff.length;
    }
    if (batches.length === 0 && marks.length)
      await this.repo.replaceUnits([], [], { persons: [], summaries: [], months: [], competencies: [] }, marks);
    // The subtree roll-up of every organisation above (and at) a recomputed unit.
    if (units.length) await this.repo.rollUp([...new Set(units.flatMap((u) => tree.lineage(u, null).map((o) => o.id)))]);
    if (full) {
      await this.repo.dropVersionsExcept(versions.map((v) => v.id));
      await this.repo.analyse();
    }
    const durationMs = Date.now() - started;
    await this.repo.saveState({
      builtOn: full ? window.today : null,
      versions: full ? fingerprint : null,
      kind: full ? 'full' : 'incremental',
      units: units.length,
      people,
      durationMs,
    });
    if (units.length)
      this.logger.log(
        `${full ? 'Full' : 'Incremental'} refresh: ${units.length} units, ${people} people in ${durationMs} ms ` +
          `(reading ${spent.read} ms, computing ${spent.compute} ms, writing ${spent.write} ms)`,
      );
  }

  /** Approved and retired methodology versions with their position profiles (drafts are never figured). */
  private async versions(): Promise<VersionProfiles[]> {
    const out: VersionProfiles[] = [];
    for (const s of await this.methodology.list(undefined)) {
      if (s.status === 'draft') continue;
      const v = await this.methodology.get(undefined, s.id);
      out.push({
        id: v.id,
        scaleSize: v.content.scale.length,
        profiles: new Map(
          v.content.positionProfiles.map((p) => [
            p.code,
            p.requirements.map((r) => ({
              competencyCode: r.competencyCode,
              requiredLevel: r.requiredLevel,
              weight: r.weight,
              critical: r.critical,
            })),
          ]),
        ),
      });
    }
    return out;
  }
}

/** Consecutive units whose staff together stay under BATCH_PEOPLE (a bigger unit is a batch of its own). */
export function batchUnits(units: readonly string[], staffPerUnit: ReadonlyMap<string, number>): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const u of units) {
    const n = staffPerUnit.get(u) ?? 0;
    if (current.length && size + n > BATCH_PEOPLE) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(u);
    size += n;
  }
  if (current.length) batches.push(current);
  return batches;
}

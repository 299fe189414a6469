import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { readFromReplica } from '@civics/api-platform';
import type { Language, LocalizedText, TrainingStatus } from '@civics/contracts';

export interface OrgRow {
  id: string;
  parentId: string | null;
  code: string;
  kind: 'agency' | 'department' | 'unit';
  name: LocalizedText;
  path: string;
}

export interface StaffRow {
  id: string;
  organisationId: string;
  positionCode: string;
  hiredOn: string | null;
  leftOn: string | null;
}

export interface MeasurementRow {
  personId: string;
  competencyCode: string;
  level: number;
  at: number;
}

/** Sums of a group as the aggregates keep them (see group-figures in libs/domain). */
export interface SumsRow {
  people: number;
  measured: number;
  ciSum: number;
  fullyCompliant: number;
}

export interface GroupSumsRow extends SumsRow {
  grp: number;
  positionCode: string;
  hasProfile: boolean;
}

export interface PersonFigureRow {
  personId: string;
  personalCode: string;
  name: string;
  organisationId: string;
  positionCode: string;
  ci: number;
  fullyCompliant: boolean;
  gapTotal: number;
  gapCount: number;
  criticalGaps: number;
  lastMeasuredAt: Date | null;
}

/** One version's figures for a batch of units, ready to be written. */
export interface AggregateRows {
  persons: {
    versionId: string;
    personId: string;
    organisationId: string;
    positionCode: string;
    hasProfile: boolean;
    ci: number | null;
    fullyCompliant: boolean | null;
    measured: boolean;
    gapTotal: number;
    gapCount: number;
    criticalGaps: number;
    lastMeasuredAt: string | null;
  }[];
  summaries: (SumsRow & { versionId: string; organisationId: string; positionCode: string; hasProfile: boolean })[];
  months: (SumsRow & { versionId: string; organisationId: string; positionCode: string; month: string })[];
  competencies: { versionId: string; organisationId: string; positionCode: string; competencyCode: string; gap: number; people: number }[];
}

export interface DirtyMark {
  personId: string;
  seq: string;
}

export interface RefreshStateRow {
  refreshedAt: Date | null;
  builtOn: string | null;
  versions: string | null;
  lastKind: 'full' | 'incremental' | null;
  lastUnits: number | null;
  lastPeople: number | null;
  lastDurationMs: number | null;
}

export interface PeopleFilter {
  versionId: string;
  organisationIds: string[] | null;
  positionCode: string | null;
  q?: string;
  sort: 'gap' | 'ci' | 'name';
}

export interface ReportRow {
  id: string;
  organisationId: string;
  month: string;
  language: Language;
  fileName: string;
  sizeBytes: number;
  createdAt: Date;
  delivery: 'ready' | 'sent' | 'failed';
}

export interface RecipientRow {
  accountId: string;
  email: string | null;
  language: Language;
  scopeOrganisationId: string;
}

const REFRESH_LOCK = `hashtext('analytics.refresh')`;
const INSERT_CHUNK = 5000;

const SUMS = `sum(s.people)::int AS people, sum(s.measured)::int AS measured, coalesce(sum(s.ci_sum), 0)::float8 AS "ciSum",
  sum(s.fully_compliant)::int AS "fullyCompliant"`;

const PEOPLE_ORDER: Record<PeopleFilter['sort'], string> = {
  gap: 'ap.gap_total DESC, ap.ci ASC, ap.person_id',
  ci: 'ap.ci ASC, ap.gap_total DESC, ap.person_id',
  name: 'p.last_name, p.first_name, ap.person_id',
};

function like(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function chunks<T>(rows: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Builds `WHERE`-clause parameters in order. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/**
 * Every SQL statement of the analytics feature. Dashboard reads go through `reader` (a read
 * replica when there is one); the aggregate refresh, roster imports and reports use the primary (`ds`).
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Where dashboard and export reads go: a read replica when DATABASE_REPLICA_URLS names one (the
   * primary when it is unreachable); figures a few hundred milliseconds behind are fine here.
   */
  private readonly reader = {
    query: (sql: string, params?: unknown[]): Promise<unknown> => readFromReplica(this.ds, (m) => m.query(sql, params)),
    createQueryRunner: (): QueryRunner =>
      this.ds.createQueryRunner('replication' in this.ds.options && this.ds.options.replication ? 'slave' : 'master'),
  };

  /* ---------- organisations and staff ---------- */

  async organisations(): Promise<OrgRow[]> {
    return (await this.reader.query(
      `SELECT id, parent_id AS "parentId", code, kind, name, path FROM organisation ORDER BY path`,
    )) as OrgRow[];
  }

  async person(id: string): Promise<
    | (StaffRow & {
        personalCode: string;
        firstName: string;
        lastName: string;
        email: string | null;
        positionTitle: string;
      })
    | null
  > {
    const rows = (await this.reader.query(
      `SELECT id, personal_code AS "personalCode", first_name AS "firstName", last_name AS "lastName", email,
              organisation_id AS "organisationId", position_code AS "positionCode", position_title AS "positionTitle",
              hired_on::text AS "hiredOn", left_on::text AS "leftOn"
       FROM person WHERE id = $1`,
      [id],
    )) as (StaffRow & { personalCode: string; firstName: string; lastName: string; email: string | null; positionTitle: string })[];
    return rows[0] ?? null;
  }

  async measurementsOfPerson(personId: string): Promise<MeasurementRow[]> {
    return this.measurementRows(
      `SELECT person_id, competency_code, level, measured_at, id FROM competency_measurement WHERE person_id = $1`,
      [personId],
    );
  }

  /* ---------- refresh: reading the sources ---------- */

  /** Staff count of every organisation that has staff (to cut the refresh into batches). */
  async staffPerUnit(): Promise<{ organisationId: string; staff: number }[]> {
    return (await this.ds.query(
      `SELECT organisation_id AS "organisationId", count(*)::int AS staff FROM person GROUP BY organisation_id`,
    )) as { organisationId: string; staff: number }[];
  }

  async staffOf(unitIds: readonly string[]): Promise<StaffRow[]> {
    return (await this.ds.query(
      `SELECT id, organisation_id AS "organisationId", position_code AS "positionCode", hired_on::text AS "hiredOn", left_on::text AS "leftOn"
       FROM person WHERE organisation_id = ANY($1::uuid[])`,
      [unitIds],
    )) as StaffRow[];
  }

  /** Measurements of the staff of the units, oldest first per person. */
  async measurementsOf(unitIds: readonly string[]): Promise<MeasurementRow[]> {
    return this.measurementRows(
      `SELECT m.person_id, m.competency_code, m.level, m.measured_at, m.id
       FROM competency_measurement m JOIN person p ON p.id = m.person_id WHERE p.organisation_id = ANY($1::uuid[])`,
      [unitIds],
    );
  }

  private async measurementRows(select: string, params: unknown[]): Promise<MeasurementRow[]> {
    return (await this.ds.query(
      `SELECT q.person_id AS "personId", q.competency_code AS "competencyCode", q.level,
              (extract(epoch FROM q.measured_at) * 1000)::float8 AS at
       FROM (${select}) q ORDER BY q.person_id, q.measured_at, q.id`,
      params,
    )) as MeasurementRow[];
  }

  /** People marked for recomputation (at most `limit`; null: all). */
  async dirtyMarks(limit: number | null): Promise<DirtyMark[]> {
    return (await this.ds.query(`SELECT person_id AS "personId", mark_seq::text AS seq FROM analytics_dirty_person LIMIT $1`, [
      limit,
    ])) as DirtyMark[];
  }

  async pendingPeople(): Promise<number> {
    const [{ n }] = (await this.reader.query(`SELECT count(*)::int AS n FROM analytics_dirty_person`)) as { n: number }[];
    return n;
  }

  /** Units to recompute for these people: where they work now and where the aggregates last placed them. */
  async unitsOfPeople(personIds: readonly string[]): Promise<string[]> {
    const rows = (await this.ds.query(
      `SELECT organisation_id AS id FROM person WHERE id = ANY($1::uuid[])
       UNION SELECT organisation_id FROM analytics_person WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /* ---------- refresh: writing ---------- */

  /** Runs `work` holding the refresh lock (one refresh at a time across API replicas). */
  async withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(${REFRESH_LOCK})`);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${REFRESH_LOCK})`);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Replaces the aggregates of `unitIds` (and any row of `personIds` elsewhere) with `rows`, and
   * removes the dirty marks the computation has seen — all in one transaction, so a reader sees a
   * unit either before or after, and a person marked again meanwhile stays marked.
   */
  async replaceUnits(
    unitIds: readonly string[],
    personIds: readonly string[],
    rows: AggregateRows,
    seen: readonly DirtyMark[],
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      // Two statements, so each uses its index (an OR of the two would scan the table).
      await m.query(`DELETE FROM analytics_person WHERE organisation_id = ANY($1::uuid[])`, [unitIds]);
      await m.query(`DELETE FROM analytics_person WHERE person_id = ANY($1::uuid[])`, [personIds]);
      for (const t of [
        'analytics_unit_summary',
        'analytics_unit_month',
        'analytics_unit_competency',
        'analytics_unit_training',
        'analytics_unit_training_month',
      ])
        await m.query(`DELETE FROM ${t} WHERE organisation_id = ANY($1::uuid[])`, [unitIds]);
      await this.insertAggregates(m, rows);
      await this.insertTraining(m, unitIds);
      if (seen.length)
        await m.query(
          `DELETE FROM analytics_dirty_person d USING unnest($1::uuid[], $2::bigint[]) AS s(person_id, seq)
           WHERE d.person_id = s.person_id AND d.mark_seq = s.seq`,
          [seen.map((s) => s.personId), seen.map((s) => s.seq)],
        );
    });
  }

  private async insertAggregates(m: EntityManager, rows: AggregateRows): Promise<void> {
    for (const c of chunks(rows.persons))
      await m.query(
        `INSERT INTO analytics_person (version_id, person_id, organisation_id, position_code, has_profile, ci, fully_compliant, measured,
                                       gap_total, gap_count, critical_gaps, last_measured_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bool[], $6::float8[], $7::bool[], $8::bool[],
                              $9::int[], $10::int[], $11::int[], $12::timestamptz[])`,
        [
          c.map((r) => r.versionId),
          c.map((r) => r.personId),
          c.map((r) => r.organisationId),
          c.map((r) => r.positionCode),
          c.map((r) => r.hasProfile),
          c.map((r) => r.ci),
          c.map((r) => r.fullyCompliant),
          c.map((r) => r.measured),
          c.map((r) => r.gapTotal),
          c.map((r) => r.gapCount),
          c.map((r) => r.criticalGaps),
          c.map((r) => r.lastMeasuredAt),
        ],
      );
    const sums = (c: SumsRow[]) => [
      c.map((r) => r.people),
      c.map((r) => r.measured),
      c.map((r) => r.ciSum),
      c.map((r) => r.fullyCompliant),
    ];
    for (const c of chunks(rows.summaries))
      await m.query(
        `INSERT INTO analytics_unit_summary (version_id, organisation_id, position_code, has_profile, people, measured, ci_sum, fully_compliant)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bool[], $5::int[], $6::int[], $7::float8[], $8::int[])`,
        [c.map((r) => r.versionId), c.map((r) => r.organisationId), c.map((r) => r.positionCode), c.map((r) => r.hasProfile), ...sums(c)],
      );
    for (const c of chunks(rows.months))
      await m.query(
        `INSERT INTO analytics_unit_month (version_id, organisation_id, position_code, month, people, measured, ci_sum, fully_compliant)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::int[], $6::int[], $7::float8[], $8::int[])`,
        [
          c.map((r) => r.versionId),
          c.map((r) => r.organisationId),
          c.map((r) => r.positionCode),
          c.map((r) => `${r.month}-01`),
          ...sums(c),
        ],
      );
    for (const c of chunks(rows.competencies))
      await m.query(
        `INSERT INTO analytics_unit_competency (version_id, organisation_id, position_code, competency_code, gap, people)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::smallint[], $6::int[])`,
        [
          c.map((r) => r.versionId),
          c.map((r) => r.organisationId),
          c.map((r) => r.positionCode),
          c.map((r) => r.competencyCode),
          c.map((r) => r.gap),
          c.map((r) => r.people),
        ],
      );
  }

  /**
   * Training of the units' current staff, counted in SQL from the training tables: open plan items
   * without a live enrolment (planned), enrolments now, and per month the completions and the plan
   * items closed by a measurement.
   */
  private async insertTraining(m: EntityManager, unitIds: readonly string[]): Promise<void> {
    const staff = `s.organisation_id = ANY($1::uuid[]) AND (s.hired_on IS NULL OR s.hired_on <= current_date) AND (s.left_on IS NULL OR s.left_on > current_date)`;
    await m.query(
      `INSERT INTO analytics_unit_training (organisation_id, position_code, planned, enrolled, waiting)
       SELECT organisation_id, position_code, sum(planned)::int, sum(enrolled)::int, sum(waiting)::int FROM (
         SELECT s.organisation_id, s.position_code, count(*) AS planned, 0 AS enrolled, 0 AS waiting
         FROM plan_item i JOIN development_plan d ON d.id = i.plan_id JOIN person s ON s.id = d.person_id
         WHERE ${staff} AND i.status IN ('proposed', 'accepted') AND NOT EXISTS (
           SELECT 1 FROM enrolment e WHERE e.person_id = d.person_id AND e.status IN ('enrolled', 'waiting', 'in_progress', 'completed')
             AND (e.plan_item_id = i.id OR (i.session_id IS NOT NULL AND e.session_id = i.session_id)))
         GROUP BY 1, 2
         UNION ALL
         SELECT s.organisation_id, s.position_code, 0, count(*) FILTER (WHERE e.status IN ('enrolled', 'in_progress')),
                count(*) FILTER (WHERE e.status = 'waiting')
         FROM enrolment e JOIN person s ON s.id = e.person_id
         WHERE ${staff} AND e.status IN ('enrolled', 'in_progress', 'waiting')
         GROUP BY 1, 2
       ) t GROUP BY organisation_id, position_code`,
      [unitIds],
    );
    await m.query(
      `INSERT INTO analytics_unit_training_month (organisation_id, position_code, month, completed, closed)
       SELECT organisation_id, position_code, month, sum(completed)::int, sum(closed)::int FROM (
         SELECT s.organisation_id, s.position_code, date_trunc('month', e.completed_at AT TIME ZONE 'UTC')::date AS month, count(*) AS completed, 0 AS closed
         FROM enrolment e JOIN person s ON s.id = e.person_id
         WHERE ${staff} AND e.status = 'completed' AND e.completed_at IS NOT NULL
         GROUP BY 1, 2, 3
         UNION ALL
         SELECT s.organisation_id, s.position_code, date_trunc('month', i.closed_at AT TIME ZONE 'UTC')::date, 0, count(*)
         FROM plan_item i JOIN development_plan d ON d.id = i.plan_id JOIN person s ON s.id = d.person_id
         WHERE ${staff} AND i.status = 'closed' AND i.closed_at IS NOT NULL
         GROUP BY 1, 2, 3
       ) t GROUP BY organisation_id, position_code, month`,
      [unitIds],
    );
  }

  /** Fresh planner statistics after a full rebuild (the tables changed wholesale). */
  async analyse(): Promise<void> {
    for (const t of [
      'analytics_person',
      'analytics_unit_summary',
      'analytics_unit_month',
      'analytics_unit_competency',
      'analytics_subtree_competency',
      'analytics_unit_training',
      'analytics_unit_training_month',
    ])
      await this.ds.query(`ANALYZE ${t}`);
  }

  /** Aggregates of versions no longer offered (a deleted draft never gets any; kept for safety). */
  async dropVersionsExcept(versionIds: readonly string[]): Promise<void> {
    for (const t of [
      'analytics_person',
      'analytics_unit_summary',
      'analytics_unit_month',
      'analytics_unit_competency',
      'analytics_subtree_competency',
    ])
      await this.ds.query(`DELETE FROM ${t} WHERE version_id <> ALL($1::uuid[])`, [versionIds]);
  }

  async state(): Promise<RefreshStateRow> {
    const [row] = (await this.reader.query(
      `SELECT refreshed_at AS "refreshedAt", built_on::text AS "builtOn", versions, last_kind AS "lastKind", last_units AS "lastUnits",
              last_people AS "lastPeople", last_duration_ms AS "lastDurationMs"
       FROM analytics_state WHERE id = 1`,
    )) as RefreshStateRow[];
    return row;
  }

  async saveState(s: {
    builtOn: string | null;
    versions: string | null;
    kind: 'full' | 'incremental';
    units: number;
    people: number;
    durationMs: number;
  }) {
    await this.ds.query(
      `UPDATE analytics_state SET refreshed_at = now(), built_on = coalesce($1::date, built_on), versions = coalesce($2, versions),
              last_kind = $3, last_units = $4, last_people = $5, last_duration_ms = $6
       WHERE id = 1`,
      [s.builtOn, s.versions, s.kind, s.units, s.people, s.durationMs],
    );
  }

  /* ---------- dashboard reads ---------- */

  /** Sums per group and position: `groups[i]` is the group of `unitIds[i]`. */
  async unitSums(
    versionId: string,
    unitIds: readonly string[],
    groups: readonly number[],
    positionCode: string | null,
  ): Promise<GroupSumsRow[]> {
    return (await this.reader.query(
      `SELECT g.grp, s.position_code AS "positionCode", s.has_profile AS "hasProfile", ${SUMS}
       FROM analytics_unit_summary s JOIN unnest($2::uuid[], $3::int[]) AS g(organisation_id, grp) ON g.organisation_id = s.organisation_id
       WHERE s.version_id = $1 AND ($4::text IS NULL OR s.position_code = $4)
       GROUP BY g.grp, s.position_code, s.has_profile`,
      [versionId, unitIds, groups, positionCode],
    )) as GroupSumsRow[];
  }

  async trend(versionId: string, unitIds: readonly string[] | null, positionCode: string | null, from: string, to: string) {
    const p = new Params();
    const where = [`s.version_id = ${p.add(versionId)}`, `s.month BETWEEN ${p.add(`${from}-01`)}::date AND ${p.add(`${to}-01`)}::date`];
    if (unitIds) where.push(`s.organisation_id = ANY(${p.add(unitIds)}::uuid[])`);
    if (positionCode) where.push(`s.position_code = ${p.add(positionCode)}`);
    return (await this.reader.query(
      `SELECT to_char(s.month, 'YYYY-MM') AS month, ${SUMS} FROM analytics_unit_month s WHERE ${where.join(' AND ')} GROUP BY s.month ORDER BY s.month`,
      p.values,
    )) as (SumsRow & { month: string })[];
  }

  /**
   * People per (group, competency, gap size) and per (position, gap size). A group is a child's
   * subtree (`subtree[i]` with group `groups[i]`, read from the subtree roll-up) or the staff placed
   * directly in the organisation (`direct`, read from its own unit rows).
   */
  async gaps(
    versionId: string,
    subtree: readonly string[],
    groups: readonly number[],
    direct: { id: string; grp: number } | null,
    positionCode: string | null,
  ) {
    const source = `
      SELECT g.grp, c.position_code, c.competency_code, c.gap, c.people
      FROM analytics_subtree_competency c JOIN unnest($2::uuid[], $3::int[]) AS g(organisation_id, grp) ON g.organisation_id = c.organisation_id
      WHERE c.version_id = $1 AND ($4::text IS NULL OR c.position_code = $4)
      UNION ALL
      SELECT $5::int, c.position_code, c.competency_code, c.gap, c.people FROM analytics_unit_competency c
      WHERE c.version_id = $1 AND c.organisation_id = $6::uuid AND ($4::text IS NULL OR c.position_code = $4)`;
    const params = [versionId, subtree, groups, positionCode, direct?.grp ?? -1, direct?.id ?? null];
    const [byGroup, byPosition] = await Promise.all([
      this.reader.query(
        `SELECT s.grp, s.competency_code AS "competencyCode", s.gap::int AS gap, sum(s.people)::int AS people FROM (${source}) s
         GROUP BY s.grp, s.competency_code, s.gap`,
        params,
      ) as Promise<{ grp: number; competencyCode: string; gap: number; people: number }[]>,
      this.reader.query(
        `SELECT s.position_code AS "positionCode", s.gap::int AS gap, sum(s.people)::int AS people FROM (${source}) s
         GROUP BY s.position_code, s.gap`,
        params,
      ) as Promise<{ positionCode: string; gap: number; people: number }[]>,
    ]);
    return { byGroup, byPosition };
  }

  /** Rebuilds the subtree roll-up of these organisations from the unit rows below each. */
  async rollUp(organisationIds: readonly string[]): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM analytics_subtree_competency WHERE organisation_id = ANY($1::uuid[])`, [organisationIds]);
      await m.query(
        `INSERT INTO analytics_subtree_competency (version_id, organisation_id, position_code, competency_code, gap, people)
         SELECT c.version_id, a.id, c.position_code, c.competency_code, c.gap, sum(c.people)::int
         FROM organisation a JOIN organisation o ON o.path LIKE a.path || '%' JOIN analytics_unit_competency c ON c.organisation_id = o.id
         WHERE a.id = ANY($1::uuid[])
         GROUP BY c.version_id, a.id, c.position_code, c.competency_code, c.gap`,
        [organisationIds],
      );
    });
  }

  async people(f: PeopleFilter, limit: number, offset: number): Promise<PersonFigureRow[]> {
    const p = new Params();
    const where = this.peopleWhere(f, p);
    return (await this.reader.query(
      `SELECT ap.person_id AS "personId", p.personal_code AS "personalCode", p.first_name || ' ' || p.last_name AS name,
              ap.organisation_id AS "organisationId", ap.position_code AS "positionCode", ap.ci, ap.fully_compliant AS "fullyCompliant",
              ap.gap_total AS "gapTotal", ap.gap_count AS "gapCount", ap.critical_gaps AS "criticalGaps", ap.last_measured_at AS "lastMeasuredAt"
       FROM analytics_person ap JOIN person p ON p.id = ap.person_id
       WHERE ${where} ORDER BY ${PEOPLE_ORDER[f.sort]} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    )) as PersonFigureRow[];
  }

  async peopleCount(f: PeopleFilter): Promise<number> {
    const p = new Params();
    const where = this.peopleWhere(f, p);
    const [{ n }] = (await this.reader.query(
      `SELECT count(*)::int AS n FROM analytics_person ap JOIN person p ON p.id = ap.person_id WHERE ${where}`,
      p.values,
    )) as { n: number }[];
    return n;
  }

  /** Every matching person in pages of `batch`, through a cursor (an export of the whole service stays small in memory). */
  async *peopleCursor(f: PeopleFilter, batch = 5000): AsyncGenerator<PersonFigureRow[]> {
    const runner = this.reader.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const p = new Params();
      const where = this.peopleWhere(f, p);
      await runner.query(
        `DECLARE analytics_people CURSOR FOR
         SELECT ap.person_id AS "personId", p.personal_code AS "personalCode", p.first_name || ' ' || p.last_name AS name,
                ap.organisation_id AS "organisationId", ap.position_code AS "positionCode", ap.ci, ap.fully_compliant AS "fullyCompliant",
                ap.gap_total AS "gapTotal", ap.gap_count AS "gapCount", ap.critical_gaps AS "criticalGaps", ap.last_measured_at AS "lastMeasuredAt"
         FROM analytics_person ap JOIN person p ON p.id = ap.person_id
         WHERE ${where} ORDER BY ${PEOPLE_ORDER[f.sort]}`,
        p.values,
      );
      for (;;) {
        const rows = (await runner.query(`FETCH ${batch} FROM analytics_people`)) as PersonFigureRow[];
        if (rows.length === 0) break;
        yield rows;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  private peopleWhere(f: PeopleFilter, p: Params): string {
    const where = [`ap.version_id = ${p.add(f.versionId)}`, 'ap.has_profile'];
    if (f.organisationIds) where.push(`ap.organisation_id = ANY(${p.add(f.organisationIds)}::uuid[])`);
    if (f.positionCode) where.push(`ap.position_code = ${p.add(f.positionCode)}`);
    if (f.q) {
      const q = p.add(like(f.q));
      where.push(`(p.last_name ILIKE ${q} OR p.first_name ILIKE ${q} OR p.personal_code ILIKE ${q})`);
    }
    return where.join(' AND ');
  }

  /** Training of the units' current staff from the training aggregates; completions and closures within [from, to] (months). */
  async trainingStatus(unitIds: readonly string[] | null, positionCode: string | null, from: string, to: string): Promise<TrainingStatus> {
    const p = new Params();
    const where: string[] = [];
    if (unitIds) where.push(`t.organisation_id = ANY(${p.add(unitIds)}::uuid[])`);
    if (positionCode) where.push(`t.position_code = ${p.add(positionCode)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const months = `t.month BETWEEN ${p.add(`${from}-01`)}::date AND ${p.add(`${to}-01`)}::date`;
    const [row] = (await this.reader.query(
      `SELECT (SELECT coalesce(sum(t.planned), 0)::int FROM analytics_unit_training t ${cond}) AS planned,
              (SELECT coalesce(sum(t.enrolled), 0)::int FROM analytics_unit_training t ${cond}) AS enrolled,
              (SELECT coalesce(sum(t.waiting), 0)::int FROM analytics_unit_training t ${cond}) AS waiting,
              (SELECT coalesce(sum(t.completed), 0)::int FROM analytics_unit_training_month t ${cond ? `${cond} AND` : 'WHERE'} ${months}) AS completed,
              (SELECT coalesce(sum(t.closed), 0)::int FROM analytics_unit_training_month t ${cond ? `${cond} AND` : 'WHERE'} ${months}) AS "closedByMeasurement"`,
      p.values,
    )) as TrainingStatus[];
    return row;
  }

  /* ---------- monthly reports ---------- */

  /** HR officers to receive a report: their scope root, e-mail and preferred language. */
  async reportRecipients(): Promise<RecipientRow[]> {
    return (await this.ds.query(
      `SELECT a.id AS "accountId", coalesce(a.email, p.email) AS email, coalesce(p.preferred_language, 'az') AS language,
              r.scope_organisation_id AS "scopeOrganisationId"
       FROM account_role r JOIN account a ON a.id = r.account_id LEFT JOIN person p ON p.id = a.person_id
       WHERE r.role = 'hr_officer' AND r.scope_organisation_id IS NOT NULL AND a.active
       ORDER BY r.scope_organisation_id, a.id`,
    )) as RecipientRow[];
  }

  /** Stores a report (a rerun of the month replaces the file) and returns its id. */
  async saveReport(
    id: string,
    organisationId: string,
    month: string,
    language: Language,
    fileName: string,
    content: Buffer,
  ): Promise<string> {
    const [row] = (await this.ds.query(
      `INSERT INTO analytics_report (id, organisation_id, month, language, file_name, content) VALUES ($1, $2, $3::date, $4, $5, $6)
       ON CONFLICT (organisation_id, month, language) DO UPDATE SET file_name = EXCLUDED.file_name, content = EXCLUDED.content, created_at = now()
       RETURNING id`,
      [id, organisationId, `${month}-01`, language, fileName, content],
    )) as { id: string }[];
    return row.id;
  }

  async addRecipient(reportId: string, accountId: string, email: string | null): Promise<void> {
    await this.ds.query(
      `INSERT INTO analytics_report_recipient (report_id, account_id, email) VALUES ($1, $2, $3)
       ON CONFLICT (report_id, account_id) DO UPDATE SET email = EXCLUDED.email, delivery = 'ready', delivered_at = NULL, error = NULL`,
      [reportId, accountId, email],
    );
  }

  async markDelivery(reportId: string, accountId: string, delivery: 'sent' | 'failed', error: string | null): Promise<void> {
    await this.ds.query(
      `UPDATE analytics_report_recipient SET delivery = $3, delivered_at = now(), error = $4 WHERE report_id = $1 AND account_id = $2`,
      [reportId, accountId, delivery, error],
    );
  }

  /** Reports for an account (null: every report, for administrators), newest first. */
  async reports(accountId: string | null): Promise<ReportRow[]> {
    const select = `SELECT r.id, r.organisation_id AS "organisationId", to_char(r.month, 'YYYY-MM') AS month, r.language, r.file_name AS "fileName",
              octet_length(r.content) AS "sizeBytes", r.created_at AS "createdAt"`;
    if (accountId)
      return (await this.reader.query(
        `${select}, x.delivery FROM analytics_report r JOIN analytics_report_recipient x ON x.report_id = r.id
         WHERE x.account_id = $1 ORDER BY r.month DESC, r.created_at DESC LIMIT 100`,
        [accountId],
      )) as ReportRow[];
    return (await this.reader.query(
      `${select}, CASE WHEN bool_or(x.delivery = 'sent') THEN 'sent' WHEN bool_or(x.delivery = 'failed') THEN 'failed' ELSE 'ready' END AS delivery
       FROM analytics_report r LEFT JOIN analytics_report_recipient x ON x.report_id = r.id
       GROUP BY r.id ORDER BY r.month DESC, r.created_at DESC LIMIT 200`,
    )) as ReportRow[];
  }

  async reportFile(id: string, accountId: string | null): Promise<{ fileName: string; content: Buffer } | null> {
    const rows = (await this.reader.query(
      `SELECT r.file_name AS "fileName", r.content FROM analytics_report r
       WHERE r.id = $1 AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM analytics_report_recipient x WHERE x.report_id = r.id AND x.account_id = $2))`,
      [id, accountId],
    )) as { fileName: string; content: Buffer }[];
    return rows[0] ?? null;
  }
}

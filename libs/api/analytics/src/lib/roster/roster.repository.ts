import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RosterOutcome, RosterStatus } from '@civics/contracts';
import type { CheckedRow, RowError } from './roster-columns';

export interface ImportRow {
  id: string;
  accountId: string;
  username: string;
  scopeRoots: string[] | null;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: RosterStatus | 'uploading';
  totalRows: number;
  validRows: number;
  invalidRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  processed: number;
  skipInvalid: boolean;
  parseMs: number;
  error: string | null;
  createdAt: Date;
  committedAt: Date | null;
}

export interface StagedRow {
  rowNo: number;
  personalCode: string;
  lastName: string;
  firstName: string;
  unit: string;
  position: string;
  outcome: RosterOutcome | null;
  errors: RowError[];
}

const IMPORT_SELECT = `SELECT id, account_id AS "accountId", username, scope_roots AS "scopeRoots", file_name AS "fileName", format, status,
  total_rows AS "totalRows", valid_rows AS "validRows", invalid_rows AS "invalidRows", to_create AS "toCreate", to_update AS "toUpdate",
  unchanged, processed, skip_invalid AS "skipInvalid", parse_ms AS "parseMs", error, created_at AS "createdAt", committed_at AS "committedAt"
  FROM roster_import`;

const ROW_SELECT = `SELECT row_no AS "rowNo", personal_code AS "personalCode", last_name AS "lastName", first_name AS "firstName", unit, position,
  outcome, errors FROM roster_import_row`;

/** Rows written per statement while committing (progress is reported after each). */
export const COMMIT_BATCH = 5000;

/** TypeORM answers an UPDATE … RETURNING with [rows, affected]; an INSERT … RETURNING with rows. */
function returned(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result as unknown[];
}

/** The only code of the roster import that speaks to the database (staging tables and the bulk upsert into `person`). */
@Injectable()
export class RosterRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async create(i: {
    id: string;
    accountId: string;
    username: string;
    scopeRoots: string[] | null;
    fileName: string;
    format: 'csv' | 'xlsx';
  }) {
    await this.ds.query(
      `INSERT INTO roster_import (id, account_id, username, scope_roots, file_name, format, status) VALUES ($1, $2, $3, $4, $5, $6, 'uploading')`,
      [i.id, i.accountId, i.username, i.scopeRoots, i.fileName, i.format],
    );
  }

  async remove(id: string): Promise<void> {
    await this.ds.query(`DELETE FROM roster_import WHERE id = $1`, [id]);
  }

  async get(id: string): Promise<ImportRow | null> {
    const rows = (await this.ds.query(`${IMPORT_SELECT} WHERE id = $1`, [id])) as ImportRow[];
    return rows[0] ?? null;
  }

  async list(accountId: string | null): Promise<ImportRow[]> {
    return (await this.ds.query(
      `${IMPORT_SELECT} WHERE status <> 'uploading' ${accountId ? 'AND account_id = $1' : ''} ORDER BY created_at DESC LIMIT 20`,
      accountId ? [accountId] : [],
    )) as ImportRow[];
  }

  /** Organisations (code, id, path) for matching unit codes. */
  async organisations(): Promise<{ id: string; code: string; path: string }[]> {
    return (await this.ds.query(`SELECT id, code, path FROM organisation`)) as { id: string; code: string; path: string }[];
  }

  async stageRows(importId: string, rows: readonly CheckedRow[]): Promise<void> {
    if (!rows.length) return;
    await this.ds.query(
      `INSERT INTO roster_import_row (import_id, row_no, personal_code, last_name, first_name, email, unit, position, hired_on_text, language_text,
                                     organisation_id, position_code, position_title, hired_on, language, errors)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                                $11::uuid[], $12::text[], $13::text[], $14::date[], $15::text[], $16::jsonb[])`,
      [
        importId,
        rows.map((r) => r.rowNo),
        rows.map((r) => r.personalCode),
        rows.map((r) => r.lastName),
        rows.map((r) => r.firstName),
        rows.map((r) => r.email),
        rows.map((r) => r.unit),
        rows.map((r) => r.position),
        rows.map((r) => r.hiredOnText),
        rows.map((r) => r.languageText),
        rows.map((r) => r.organisationId),
        rows.map((r) => r.positionCode),
        rows.map((r) => r.positionTitle),
        rows.map((r) => r.hiredOn),
        rows.map((r) => r.language),
        rows.map((r) => JSON.stringify(r.errors)),
      ],
    );
  }

  async stageStrings(importId: string, batch: { idx: number; text: string }[]): Promise<void> {
    await this.ds.query(
      `INSERT INTO roster_import_string (import_id, idx, text) SELECT $1, * FROM unnest($2::int[], $3::text[]) ON CONFLICT DO NOTHING`,
      [importId, batch.map((b) => b.idx), batch.map((b) => b.text)],
    );
  }

  async strings(importId: string, indexes: number[]): Promise<Map<number, string>> {
    const rows = (await this.ds.query(`SELECT idx, text FROM roster_import_string WHERE import_id = $1 AND idx = ANY($2::int[])`, [
      importId,
      indexes,
    ])) as { idx: number; text: string }[];
    return new Map(rows.map((r) => [r.idx, r.text]));
  }

  /**
   * The checks over the whole file, then the outcome of each row: a personal code twice in the
   * file; a personal code already registered outside the caller's scope (`scopePaths`; null: no
   * limit); then create, update (something differs) or unchanged. Empty optional cells keep
   * what is recorded.
   */
  async checkWholeFile(importId: string, scopePaths: string[] | null): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM roster_import_string WHERE import_id = $1`, [importId]);
      await m.query(
        `UPDATE roster_import_row r
         SET errors = r.errors || jsonb_build_array(jsonb_build_object('field', 'personalCode', 'code', 'duplicate_in_file', 'value', d.rows))
         FROM (SELECT personal_code, string_agg(row_no::text, ', ' ORDER BY row_no) AS rows FROM roster_import_row
               WHERE import_id = $1 AND personal_code <> '' GROUP BY personal_code HAVING count(*) > 1) d
         WHERE r.import_id = $1 AND r.personal_code = d.personal_code`,
        [importId],
      );
      if (scopePaths)
        await m.query(
          `UPDATE roster_import_row r
           SET errors = r.errors || jsonb_build_array(jsonb_build_object('field', 'personalCode', 'code', 'outside_scope', 'value', r.personal_code))
           FROM person p JOIN organisation o ON o.id = p.organisation_id
           WHERE r.import_id = $1 AND p.personal_code = r.personal_code AND NOT (o.path LIKE ANY($2::text[]))`,
          [importId, scopePaths.map((s) => `${s}%`)],
        );
      await this.outcomes(m, importId, null);
    });
  }

  /** Outcome of each row (all rows, or a range while committing) against the staff records as they are now. */
  private async outcomes(m: EntityManager, importId: string, range: [number, number] | null): Promise<void> {
    const inRange = range ? 'AND r.row_no BETWEEN $2 AND $3' : '';
    const params = range ? [importId, range[0], range[1]] : [importId];
    await m.query(
      `UPDATE roster_import_row r SET outcome = CASE WHEN r.errors <> '[]'::jsonb THEN 'skip' ELSE 'create' END, person_id = NULL
       WHERE r.import_id = $1 ${inRange}`,
      params,
    );
    await m.query(
      `UPDATE roster_import_row r SET person_id = p.id,
         outcome = CASE WHEN (p.last_name, p.first_name, p.email, p.organisation_id, p.position_code, p.hired_on, p.preferred_language)
                             IS NOT DISTINCT FROM
                             (r.last_name, r.first_name, coalesce(r.email, p.email), r.organisation_id, r.position_code,
                              coalesce(r.hired_on, p.hired_on), coalesce(r.language, p.preferred_language))
                        THEN 'unchanged' ELSE 'update' END
       FROM person p
       WHERE r.import_id = $1 ${inRange} AND r.outcome = 'create' AND p.personal_code = r.personal_code`,
      params,
    );
  }

  async saveCounts(importId: string, parseMs: number): Promise<void> {
    await this.ds.query(
      `UPDATE roster_import i SET status = 'validated', parse_ms = $2, total_rows = c.total, valid_rows = c.valid, invalid_rows = c.total - c.valid,
              to_create = c.creates, to_update = c.updates, unchanged = c.same
       FROM (SELECT count(*)::int AS total, count(*) FILTER (WHERE errors = '[]'::jsonb)::int AS valid,
                    count(*) FILTER (WHERE outcome = 'create')::int AS creates, count(*) FILTER (WHERE outcome = 'update')::int AS updates,
                    count(*) FILTER (WHERE outcome = 'unchanged')::int AS same
             FROM roster_import_row WHERE import_id = $1) c
       WHERE i.id = $1`,
      [importId, parseMs],
    );
  }

  async rows(importId: string, onlyErrors: boolean, limit: number, offset: number): Promise<{ items: StagedRow[]; total: number }> {
    const where = `import_id = $1 ${onlyErrors ? `AND errors <> '[]'::jsonb` : ''}`;
    const items = (await this.ds.query(`${ROW_SELECT} WHERE ${where} ORDER BY row_no LIMIT $2 OFFSET $3`, [
      importId,
      limit,
      offset,
    ])) as StagedRow[];
    const [{ n }] = (await this.ds.query(`SELECT count(*)::int AS n FROM roster_import_row WHERE ${where}`, [importId])) as { n: number }[];
    return { items, total: n };
  }

  /** Every row in order, in batches through a cursor (the result report of a large file). */
  async *allRows(importId: string, batch = 5000): AsyncGenerator<StagedRow[]> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE roster_rows CURSOR FOR ${ROW_SELECT} WHERE import_id = $1 ORDER BY row_no`, [importId]);
      for (;;) {
        const rows = (await runner.query(`FETCH ${batch} FROM roster_rows`)) as StagedRow[];
        if (!rows.length) break;
        yield rows;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /** Moves a validated import to committing; false when it is not (any more) validated. */
  async startCommit(importId: string, skipInvalid: boolean): Promise<boolean> {
    const r = returned(
      await this.ds.query(
        `UPDATE roster_import SET status = 'committing', skip_invalid = $2, processed = 0, error = NULL, committed_at = now()
         WHERE id = $1 AND status = 'validated' RETURNING id`,
        [importId, skipInvalid],
      ),
    );
    return r.length === 1;
  }

  async setProcessed(importId: string, processed: number): Promise<void> {
    await this.ds.query(`UPDATE roster_import SET processed = $2 WHERE id = $1`, [importId, processed]);
  }

  async fail(importId: string, message: string): Promise<void> {
    await this.ds.query(`UPDATE roster_import SET status = 'failed', error = $2 WHERE id = $1 AND status = 'committing'`, [
      importId,
      message,
    ]);
  }

  async discard(importId: string): Promise<boolean> {
    const r = returned(
      await this.ds.query(
        `UPDATE roster_import SET status = 'discarded' WHERE id = $1 AND status IN ('validated', 'failed') RETURNING id`,
        [importId],
      ),
    );
    if (r.length) await this.ds.query(`DELETE FROM roster_import_row WHERE import_id = $1`, [importId]);
    return r.length === 1;
  }

  /** True when no one holds the import's commit lock (a commit interrupted by a crash). */
  async commitAbandoned(importId: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [{ free }] = (await m.query(`SELECT pg_try_advisory_xact_lock(hashtext('roster:' || $1)) AS free`, [importId])) as {
        free: boolean;
      }[];
      return free;
    });
  }

  /**
   * Writes the import in one transaction: per batch of rows, the outcomes are taken again against
   * the records as they are now, new people are inserted and changed ones updated (only inside
   * `scopeUnits`; null: anywhere); `onBatch` reports progress outside the transaction. When the
   * records changed meanwhile so that a row can no longer be written as checked, everything is
   * rolled back.
   */
  async commit(
    importId: string,
    scopeUnits: string[] | null,
    onBatch: (processed: number) => Promise<void>,
  ): Promise<{ created: number; updated: number }> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('roster:' || $1))`, [importId]);
      const [{ last }] = (await m.query(`SELECT coalesce(max(row_no), 0)::int AS last FROM roster_import_row WHERE import_id = $1`, [
        importId,
      ])) as { last: number }[];
      let created = 0;
      let updated = 0;
      let processed = 0;
      const [{ first }] = (await m.query(`SELECT coalesce(min(row_no), 1)::int AS first FROM roster_import_row WHERE import_id = $1`, [
        importId,
      ])) as { first: number }[];
      for (let from = first; from <= last; from += COMMIT_BATCH) {
        const to = from + COMMIT_BATCH - 1;
        await this.outcomes(m, importId, [from, to]);
        const expected = (await m.query(
          `SELECT count(*) FILTER (WHERE outcome = 'create')::int AS creates, count(*) FILTER (WHERE outcome = 'update')::int AS updates,
                  count(*)::int AS rows
           FROM roster_import_row WHERE import_id = $1 AND row_no BETWEEN $2 AND $3`,
          [importId, from, to],
        )) as { creates: number; updates: number; rows: number }[];
        const inserted = returned(
          await m.query(
            `INSERT INTO person (id, personal_code, first_name, last_name, email, preferred_language, organisation_id, position_code, position_title,
                                 hired_on, created_at, updated_at)
             SELECT gen_random_uuid(), r.personal_code, r.first_name, r.last_name, r.email, coalesce(r.language, 'az'), r.organisation_id,
                    r.position_code, r.position_title, r.hired_on, now(), now()
             FROM roster_import_row r WHERE r.import_id = $1 AND r.row_no BETWEEN $2 AND $3 AND r.outcome = 'create'
             ON CONFLICT (personal_code) DO NOTHING RETURNING id`,
            [importId, from, to],
          ),
        ).length;
        const changed = returned(
          await m.query(
            `UPDATE person p SET last_name = r.last_name, first_name = r.first_name, email = coalesce(r.email, p.email),
                    organisation_id = r.organisation_id,
                    position_title = CASE WHEN p.position_code = r.position_code THEN p.position_title ELSE r.position_title END,
                    position_code = r.position_code, hired_on = coalesce(r.hired_on, p.hired_on),
                    preferred_language = coalesce(r.language, p.preferred_language), updated_at = now()
             FROM roster_import_row r
             WHERE r.import_id = $1 AND r.row_no BETWEEN $2 AND $3 AND r.outcome = 'update' AND p.id = r.person_id
               ${scopeUnits ? 'AND p.organisation_id = ANY($4::uuid[])' : ''}
             RETURNING p.id`,
            scopeUnits ? [importId, from, to, scopeUnits] : [importId, from, to],
          ),
        ).length;
        if (inserted !== expected[0].creates || changed !== expected[0].updates)
          throw new ConcurrentChange(
            `Staff records changed while the import was written (rows ${from}–${to}); nothing was written. Check the file again.`,
          );
        created += inserted;
        updated += changed;
        processed += expected[0].rows;
        await onBatch(processed);
      }
      await m.query(
        `UPDATE roster_import i SET status = 'committed', committed_at = now(), processed = total_rows,
                to_create = $2, to_update = $3,
                unchanged = (SELECT count(*)::int FROM roster_import_row WHERE import_id = $1 AND outcome = 'unchanged')
         WHERE i.id = $1`,
        [importId, created, updated],
      );
      return { created, updated };
    });
  }
}

export class ConcurrentChange extends Error {}

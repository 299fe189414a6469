import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type {
  FieldError,
  Language,
  RosterCommit,
  RosterFileQuery,
  RosterImport,
  RosterRow,
  RosterRowsPage,
  RosterRowsQuery,
} from '@civics/contracts';
import { assertSupportedUpload, hasRole, STREAMED_UPLOAD_MAX_BYTES, type Actor } from '@civics/api-platform';
import { ScopeService } from '@civics/api-identity';
import { MethodologyService } from '@civics/api-methodology';
import { AuditService } from '@civics/api-audit';
import { AnalyticsErrorCode, AnalyticsException } from '../analytics.exception';
import { LABELS } from '../export/labels';
import { CONTENT_TYPES, writeTable, type Cell } from '../export/table-writer';
import type { FileReply } from '../report/reports.service';
import { RefreshJob } from '../refresh/refresh.job';
import {
  checkRow,
  isHeaderProblem,
  mapHeader,
  TEMPLATE_COLUMNS,
  type CheckedRow,
  type HeaderMapping,
  type RowContext,
  type RowError,
} from './roster-columns';
import { csvRows, FileEncodingError, xlsxRows, type FileRow } from './roster-readers';
import { ConcurrentChange, RosterRepository, type ImportRow, type StagedRow } from './roster.repository';

/** Largest roster accepted (bytes); a 100,000-row CSV is about 10 MB. */
export const ROSTER_MAX_BYTES = STREAMED_UPLOAD_MAX_BYTES;
/** Rows checked and staged per statement. */
const STAGE_BATCH = 1000;
/** A commit that started this long ago with nobody holding its lock was interrupted (a crash). */
const ABANDONED_AFTER_MS = 60_000;

export const ROSTER_AUDIT_ACTION = 'identity.roster_imported';

const ERROR_MESSAGES = LABELS.en.roster.errors;

function toImport(i: ImportRow): RosterImport {
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    status: i.status === 'uploading' ? 'validated' : i.status,
    createdAt: new Date(i.createdAt).toISOString(),
    createdBy: i.username,
    totalRows: i.totalRows,
    validRows: i.validRows,
    invalidRows: i.invalidRows,
    toCreate: i.toCreate,
    toUpdate: i.toUpdate,
    unchanged: i.unchanged,
    processed: i.processed,
    skipInvalid: i.skipInvalid,
    committedAt: i.status === 'committed' && i.committedAt ? new Date(i.committedAt).toISOString() : null,
    error: i.error,
    parseMs: i.parseMs,
  };
}

function errorMessage(e: RowError): string {
  const base = ERROR_MESSAGES[e.code];
  return e.code === 'duplicate_in_file' ? `${base} (rows ${e.value})` : base;
}

function toRow(r: StagedRow): RosterRow {
  return {
    row: r.rowNo,
    personalCode: r.personalCode,
    name: `${r.lastName} ${r.firstName}`.trim(),
    unit: r.unit,
    position: r.position,
    outcome: r.outcome ?? 'skip',
    errors: r.errors.map((e) => ({ ...e, message: errorMessage(e) })),
  };
}

/** Counts bytes on their way through and stops a body that is too large. */
async function* limited(source: AsyncIterable<Buffer>, max: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > max) throw new AnalyticsException(AnalyticsErrorCode.RosterTooLarge, `The file is larger than ${max / 1024 / 1024} MB.`);
    yield chunk;
  }
}

/**
 * Roster import: the file is read as it arrives (CSV by our streaming parser, XLSX by exceljs's
 * streaming reader), every row is checked and staged (the preview; staff records untouched), and
 * on confirmation the rows are written in one transaction while the progress is reported.
 */
@Injectable()
export class RosterService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('roster-import');
  /** Commits running in this process (awaited at shutdown: a transaction is never cut half-way by us). */
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly repo: RosterRepository,
    private readonly scope: ScopeService,
    private readonly methodology: MethodologyService,
    private readonly audit: AuditService,
    private readonly refresh: RefreshJob,
  ) {}

  async upload(actor: Actor, body: unknown, fileName: string): Promise<RosterImport> {
    const source = toChunks(body);
    const started = Date.now();
    const roots = this.scope.organisationRoots(actor);
    const head = await source.next();
    if (head.done || head.value.length === 0) throw new AnalyticsException(AnalyticsErrorCode.RosterEmpty, 'The file is empty.');
    const first = head.value;
    assertSupportedUpload(first);
    if (first.length >= 4 && first[0] === 0xd0 && first[1] === 0xcf && first[2] === 0x11 && first[3] === 0xe0)
      throw new AnalyticsException(
        AnalyticsErrorCode.RosterUnreadable,
        'Old Excel files (.xls) cannot be read: save the file as XLSX or CSV.',
        [{ field: 'file', message: 'Save as .xlsx or .csv', code: 'unsupported_format' }],
      );
    const format: 'csv' | 'xlsx' =
      first.length >= 4 && first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04 ? 'xlsx' : 'csv';
    const bytes = limited(
      (async function* () {
        yield first;
        yield* { [Symbol.asyncIterator]: () => source };
      })(),
      ROSTER_MAX_BYTES,
    );

    const id = randomUUID();
    await this.repo.create({ id, accountId: actor.accountId, username: actor.username, scopeRoots: roots, fileName, format });
    try {
      const ctx = await this.context(roots);
      const rows =
        format === 'csv'
          ? csvRows(bytes, STAGE_BATCH)
          : xlsxRows(Readable.from(bytes), STAGE_BATCH, {
              save: (batch) => this.repo.stageStrings(id, batch),
              load: (indexes) => this.repo.strings(id, indexes),
            });
      let header: HeaderMapping | null = null;
      let staged = 0;
      for await (const batch of rows) {
        const checked: CheckedRow[] = [];
        for (const row of batch) {
          if (isBlank(row)) continue;
          if (!header) {
            header = this.header(row);
            continue;
          }
          checked.push(checkRow(row.rowNo, row.cells, header, ctx.rows));
        }
        await this.repo.stageRows(id, checked);
        staged += checked.length;
      }
      if (!header || staged === 0)
        throw new AnalyticsException(AnalyticsErrorCode.RosterEmpty, 'The file has no data rows under its header.');
      await this.repo.checkWholeFile(id, ctx.scopePaths);
      await this.repo.saveCounts(id, Date.now() - started);
      return toImport((await this.repo.get(id)) as ImportRow);
    } catch (err) {
      await this.repo.remove(id).catch(() => undefined);
      if (err instanceof FileEncodingError)
        throw new AnalyticsException(
          AnalyticsErrorCode.RosterEncoding,
          `The file is not UTF-8 text (found near row ${err.rowNo}). Save it as "CSV UTF-8" or as XLSX.`,
          [{ field: `row ${err.rowNo}`, message: 'Bytes that are not UTF-8 text', code: 'encoding' }],
        );
      if (err instanceof AnalyticsException) throw err;
      if (format === 'xlsx') {
        this.logger.warn({ err }, 'Unreadable XLSX roster');
        throw new AnalyticsException(AnalyticsErrorCode.RosterUnreadable, 'The XLSX file could not be read.', [
          { field: 'file', message: 'Not a readable XLSX workbook', code: 'unreadable' },
        ]);
      }
      throw err;
    }
  }

  private header(row: FileRow): HeaderMapping {
    const mapping = mapHeader(row.cells);
    if (!isHeaderProblem(mapping)) return mapping;
    const errors: FieldError[] = [
      ...mapping.missing.map((c) => ({ field: `header.${c}`, message: `Missing column ${c}`, code: 'missing_column' })),
      ...mapping.duplicated.map((c) => ({ field: `header.${c}`, message: `Column ${c} appears twice`, code: 'duplicate_column' })),
      ...mapping.unknown.map((c) => ({ field: `header.${c}`, message: `Unknown column "${c}"`, code: 'unknown_column' })),
    ];
    throw new AnalyticsException(
      AnalyticsErrorCode.RosterColumns,
      `Row ${row.rowNo} must name the columns: missing ${mapping.missing.join(', ') || '—'}${mapping.duplicated.length ? `; twice: ${mapping.duplicated.join(', ')}` : ''}.`,
      errors,
    );
  }

  /** Units in the caller's scope by code, positions of the current methodology by code and by title. */
  private async context(roots: string[] | null): Promise<{ rows: RowContext; scopePaths: string[] | null }> {
    const orgs = await this.repo.organisations();
    const scopePaths = roots === null ? null : orgs.filter((o) => roots.includes(o.id)).map((o) => o.path);
    const inScope = (path: string) => scopePaths === null || scopePaths.some((p) => path.startsWith(p));
    const units = new Map(orgs.filter((o) => inScope(o.path)).map((o) => [o.code.toUpperCase(), o.id]));
    const version = await this.methodology.current();
    const positions = new Map<string, { code: string; title: string }>();
    for (const p of version.content.positionProfiles) {
      const entry = { code: p.code, title: p.title.az ?? p.title.en ?? p.title.ru ?? p.code };
      for (const t of [p.title.az, p.title.ru, p.title.en]) if (t) positions.set(t.toLocaleLowerCase('az'), entry);
      positions.set(p.code.toUpperCase(), entry);
    }
    const latest = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
    return { rows: { units, positions, latestHireDate: latest }, scopePaths: scopePaths ?? null };
  }

  async list(actor: Actor): Promise<RosterImport[]> {
    return (await this.repo.list(hasRole(actor, 'administrator') ? null : actor.accountId)).map(toImport);
  }

  async get(actor: Actor, id: string): Promise<RosterImport> {
    let i = await this.visible(actor, id);
    if (i.status === 'committing' && i.committedAt && Date.now() - new Date(i.committedAt).getTime() > ABANDONED_AFTER_MS) {
      if (await this.repo.commitAbandoned(id)) {
        await this.repo.fail(id, 'The import was interrupted (the server stopped); nothing was written. Upload the file again.');
        i = (await this.repo.get(id)) as ImportRow;
      }
    }
    return toImport(i);
  }

  async rows(actor: Actor, id: string, q: RosterRowsQuery): Promise<RosterRowsPage> {
    await this.visible(actor, id);
    const page = await this.repo.rows(id, q.only === 'errors', q.limit, q.offset);
    return { items: page.items.map(toRow), total: page.total };
  }

  /** Starts writing a validated import in the background; the import's `processed` shows the progress. */
  async commit(actor: Actor, id: string, body: RosterCommit): Promise<RosterImport> {
    const i = await this.visible(actor, id);
    if (i.status !== 'validated')
      throw new AnalyticsException(
        AnalyticsErrorCode.RosterNotCommittable,
        `This import is ${i.status}; only a checked import can be written.`,
      );
    if (i.invalidRows > 0 && !body.skipInvalid)
      throw new AnalyticsException(
        AnalyticsErrorCode.RosterHasErrors,
        `${i.invalidRows} rows have errors: fix the file, or confirm that only the ${i.validRows} valid rows are written (skipInvalid).`,
        [{ field: 'body.skipInvalid', message: 'Confirm skipping the rows with errors', code: 'confirm_skip' }],
      );
    if (i.validRows === 0) throw new AnalyticsException(AnalyticsErrorCode.RosterNothingToWrite, 'No row of this file can be written.');
    if (!(await this.repo.startCommit(id, body.skipInvalid)))
      throw new AnalyticsException(AnalyticsErrorCode.RosterNotCommittable, 'This import is already being written.');
    const roots = this.scope.organisationRoots(actor);
    const work = this.write(actor, id, roots).finally(() => this.writing.delete(work));
    this.writing.add(work);
    return toImport((await this.repo.get(id)) as ImportRow);
  }

  private async write(actor: Actor, id: string, roots: string[] | null): Promise<void> {
    try {
      const orgs = await this.repo.organisations();
      const paths = roots === null ? null : orgs.filter((o) => roots.includes(o.id)).map((o) => o.path);
      const scopeUnits = paths === null ? null : orgs.filter((o) => paths.some((p) => o.path.startsWith(p))).map((o) => o.id);
      const { created, updated } = await this.repo.commit(id, scopeUnits, (n) => this.repo.setProcessed(id, n));
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: ROSTER_AUDIT_ACTION,
        purpose: 'staff_records',
        details: { importId: id, created, updated },
      });
      await this.refresh.requestSoon();
    } catch (err) {
      const message = err instanceof ConcurrentChange ? err.message : 'The import could not be written; nothing was changed.';
      if (!(err instanceof ConcurrentChange)) this.logger.error({ err }, 'Roster commit failed');
      await this.repo.fail(id, message).catch(() => undefined);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  async discard(actor: Actor, id: string): Promise<RosterImport> {
    await this.visible(actor, id);
    if (!(await this.repo.discard(id)))
      throw new AnalyticsException(AnalyticsErrorCode.RosterNotCommittable, 'Only a checked or failed import can be discarded.');
    return toImport((await this.repo.get(id)) as ImportRow);
  }

  /** The result report: every row with its outcome and problems, in the caller's language. */
  async report(actor: Actor, id: string, q: RosterFileQuery): Promise<FileReply> {
    const i = await this.visible(actor, id);
    const L = LABELS[q.lang];
    const repo = this.repo;
    const committed = i.status === 'committed';
    async function* rows(): AsyncGenerator<Cell[][]> {
      for await (const batch of repo.allRows(id))
        yield batch.map((r) => [
          r.rowNo,
          r.personalCode,
          r.lastName,
          r.firstName,
          r.unit,
          r.position,
          L.roster.outcomes[r.outcome ?? 'skip'],
          r.errors.map((e) => `${L.roster.columns[e.field]}: ${localMessage(e, q.lang)}`).join('; '),
        ]);
    }
    const C = L.columns;
    return {
      fileName: `roster-${committed ? 'result' : 'preview'}-${i.createdAt ? new Date(i.createdAt).toISOString().slice(0, 10) : 'file'}-${id.slice(0, 8)}.${q.format}`,
      contentType: CONTENT_TYPES[q.format],
      body: writeTable(q.format, {
        title: L.columns.problems,
        columns: [
          { header: C.row, kind: 'int' },
          { header: L.roster.columns.personalCode, kind: 'text' },
          { header: L.roster.columns.lastName, kind: 'text' },
          { header: L.roster.columns.firstName, kind: 'text' },
          { header: L.roster.columns.unit, kind: 'text' },
          { header: L.roster.columns.position, kind: 'text' },
          { header: C.outcome, kind: 'text' },
          { header: C.problems, kind: 'text' },
        ],
        rows: rows(),
        about: {
          title: L.about.sheet,
          facts: [
            ['File', i.fileName],
            ['Status', i.status],
            ['Rows', String(i.totalRows)],
            ['Valid', String(i.validRows)],
            ['Invalid', String(i.invalidRows)],
          ],
        },
      }),
    };
  }

  /** An empty roster with the columns in the chosen language and one example row. */
  template(q: RosterFileQuery): FileReply {
    const L = LABELS[q.lang];
    const example: Cell[] = [
      '5ZK3P1A',
      'Məmmədova',
      'Aysel',
      'aysel.mammadova@example.gov.az',
      'MDDT-EGOV-ES',
      'SPECIALIST',
      '2019-03-01',
      'az',
    ];
    return {
      fileName: `roster-template-${q.lang}.${q.format}`,
      contentType: CONTENT_TYPES[q.format],
      body: writeTable(q.format, {
        title: 'Roster',
        columns: TEMPLATE_COLUMNS.map((c) => ({ header: L.roster.columns[c], kind: 'text' as const })),
        rows: [[example]],
      }),
    };
  }

  private async visible(actor: Actor, id: string): Promise<ImportRow> {
    const i = await this.repo.get(id);
    if (!i || i.status === 'uploading' || (!hasRole(actor, 'administrator') && i.accountId !== actor.accountId))
      throw new AnalyticsException(AnalyticsErrorCode.ImportNotFound, 'The import was not found.');
    return i;
  }
}

function localMessage(e: RowError, language: Language): string {
  const base = LABELS[language].roster.errors[e.code];
  return e.code === 'duplicate_in_file' ? `${base} (${e.value})` : e.value ? `${base}: ${e.value}` : base;
}

function isBlank(row: FileRow): boolean {
  return row.cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
}

/** The request body as an iterator of byte chunks: a stream (streamed upload) or bytes already read. */
function toChunks(body: unknown): AsyncIterator<Buffer> {
  if (Buffer.isBuffer(body))
    return (async function* () {
      yield body;
    })();
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const it = (body as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    return {
      async next() {
        const r = await it.next();
        return r.done ? r : { done: false, value: Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value)) };
      },
      return: async () => (it.return ? ((await it.return()) as IteratorResult<Buffer>) : { done: true, value: undefined }),
    };
  }
  if (typeof body === 'string')
    return (async function* () {
      yield Buffer.from(body);
    })();
  throw new AnalyticsException(AnalyticsErrorCode.RosterEmpty, 'Send the roster file as the request body (text/csv or XLSX).');
}

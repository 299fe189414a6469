import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import type { HttpClient } from '../support/http-client';

/** The text of every page of a PDF (pdfjs-dist in a child process). */
export function pdfText(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [resolve(__dirname, 'pdf-text.mjs')], { maxBuffer: 50 * 1024 * 1024 }, (err, stdout) =>
      err ? fail(err) : done(JSON.parse(stdout) as { pages: number; text: string[] }),
    );
    child.stdin?.end(pdf);
  });
}

/** A binary GET (files): status, headers and the bytes. */
export async function download(client: HttpClient, path: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(client.baseUrl + path, { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** A raw upload (CSV or XLSX bytes, or a stream of chunks). */
export async function upload(client: HttpClient, path: string, body: Buffer | AsyncIterable<Uint8Array>, contentType: string) {
  const res = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
    body: body as BodyInit,
    ...(Buffer.isBuffer(body) ? {} : { duplex: 'half' }),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

/** RFC 4180 CSV (the exports: comma, quotes, CRLF, BOM) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The first worksheet of an XLSX file as rows of cell values. */
export async function readXlsx(bytes: Buffer): Promise<unknown[][]> {
  const ExcelJS = (await import('exceljs')) as unknown as {
    Workbook: typeof import('exceljs').Workbook;
    default?: { Workbook: typeof import('exceljs').Workbook };
  };
  const Workbook = ExcelJS.Workbook ?? ExcelJS.default?.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** Direct database access for building a fixed data set. */
export class Db {
  private constructor(private readonly c: Client) {}

  static async open(url: string): Promise<Db> {
    const c = new Client({ connectionString: url });
    await c.connect();
    return new Db(c);
  }

  async q<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.c.query(text, params)).rows as T[];
  }

  close(): Promise<void> {
    return this.c.end();
  }

  async person(p: {
    code: string;
    orgId: string;
    position: string;
    hiredOn?: string | null;
    leftOn?: string | null;
    last?: string;
  }): Promise<string> {
    const id = randomUUID();
    await this.q(
      `INSERT INTO person (id, personal_code, first_name, last_name, email, organisation_id, position_code, position_title, hired_on, left_on)
       VALUES ($1, $2, 'Test', $3, $4, $5, $6, 'Vəzifə', $7, $8)`,
      [
        id,
        p.code,
        p.last ?? `Şəxs ${p.code}`,
        `${p.code.toLowerCase()}@example.gov.az`,
        p.orgId,
        p.position,
        p.hiredOn ?? null,
        p.leftOn ?? null,
      ],
    );
    return id;
  }

  /** One scored diagnostic attempt at `at` with the given levels. */
  async measure(personId: string, levels: Record<string, number>, at: Date): Promise<void> {
    const [t] = await this.q<{ id: string; version: string }>(
      `SELECT t.id, t.methodology_version_id AS version FROM assessment_template t WHERE t.purpose = 'diagnostic' ORDER BY t.created_at LIMIT 1`,
    );
    const attemptId = randomUUID();
    await this.q(
      `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, seed, status, started_at, deadline, submitted_at, scored_at)
       VALUES ($1, $2, $3, $4, 1, 'scored', $5, $5, $5, $5)`,
      [attemptId, personId, t.id, t.version, at.toISOString()],
    );
    for (const [code, level] of Object.entries(levels))
      await this.q(
        `INSERT INTO competency_measurement (person_id, competency_code, level, attempt_id, methodology_version_id, measured_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [personId, code, level, attemptId, t.version, at.toISOString()],
      );
  }
}

/** The 10th of the month `n` months before now, 09:00 UTC. */
export function monthsAgo(n: number, day = 10): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, day, 9));
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

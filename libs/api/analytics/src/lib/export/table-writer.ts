import { PassThrough, type Readable } from 'node:stream';
import type { TableFormat } from '@civics/contracts';

export type CellKind = 'text' | 'int' | 'number' | 'share' | 'date';
export type Cell = string | number | null;

export interface Column {
  readonly header: string;
  readonly kind: CellKind;
}

/** A table to write: rows may arrive in batches (an export of 100,000 people never sits in memory). */
export interface TableSpec {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: AsyncIterable<readonly Cell[][]> | Iterable<readonly Cell[][]>;
  /** Facts about the table (organisation, version, period…), a second sheet in XLSX. */
  readonly about?: { readonly title: string; readonly facts: readonly (readonly [string, string])[] };
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** RFC 4180 field: quoted when it holds a delimiter, quote or line break (or could start a formula in a spreadsheet). */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Writes the table as CSV (UTF-8 with BOM, so spreadsheets show every Azerbaijani letter) or XLSX (streamed). */
export function writeTable(format: TableFormat, spec: TableSpec): Readable {
  const out = new PassThrough();
  const work = format === 'csv' ? writeCsv(spec, out) : writeXlsx(spec, out);
  work.catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/** Writes with backpressure; rejects when the reader went away (the download was cancelled). */
function writer(out: PassThrough): (s: string) => Promise<void> {
  return (s) => {
    if (out.destroyed) return Promise.reject(new Error('The download was interrupted'));
    if (out.write(s)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        out.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        out.off('drain', onDrain);
        reject(new Error('The download was interrupted'));
      };
      out.once('drain', onDrain);
      out.once('close', onClose);
    });
  };
}

async function writeCsv(spec: TableSpec, out: PassThrough): Promise<void> {
  const write = writer(out);
  await write(`\uFEFF${csvLine(spec.columns.map((c) => c.header))}`);
  for await (const batch of spec.rows) {
    let chunk = '';
    for (const row of batch) chunk += csvLine(row);
    await write(chunk);
  }
  out.end();
}

const NUM_FMT: Partial<Record<CellKind, string>> = { share: '0.0%', number: '0.00', int: '0' };

async function writeXlsx(spec: TableSpec, out: PassThrough): Promise<void> {
  const ExcelJS = await import('exceljs');
  const stream = (ExcelJS as unknown as { stream: typeof import('exceljs').stream }).stream ?? ExcelJS.default.stream;
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(spec.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    width: Math.min(60, Math.max(10, c.header.length + 2, c.kind === 'text' ? 24 : 12)),
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of spec.rows) {
    if (out.destroyed) throw new Error('The download was interrupted');
    for (const row of batch) sheet.addRow([...row]).commit();
  }
  sheet.commit();
  if (spec.about) {
    const about = workbook.addWorksheet(sheetName(spec.about.title));
    about.columns = [{ width: 28 }, { width: 60 }];
    for (const [k, v] of spec.about.facts) about.addRow([k, v]).commit();
    about.commit();
  }
  await workbook.commit();
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

import type { Readable } from 'node:stream';
import { CsvStreamParser } from './csv-stream';
import type { RawCell } from './roster-columns';

/** A row of the file with its number as a spreadsheet shows it (the header is row 1). */
export interface FileRow {
  readonly rowNo: number;
  readonly cells: RawCell[];
}

export class FileEncodingError extends Error {
  constructor(readonly rowNo: number) {
    super(`The file is not valid UTF-8 text (first bad byte near row ${rowNo})`);
  }
}

/** The text encoding of a CSV from its first bytes: UTF-16 when it has that byte-order mark, else UTF-8. */
function encodingOf(head: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * CSV rows in batches, decoded and parsed as the bytes arrive (memory holds one chunk and one
 * batch). Bytes that are not valid text in the file's encoding stop the reading with the row
 * where they were found.
 */
export async function* csvRows(source: AsyncIterable<Buffer>, batchSize: number): AsyncGenerator<FileRow[]> {
  let decoder: TextDecoder | null = null;
  const parser = new CsvStreamParser();
  let rowNo = 0;
  let batch: FileRow[] = [];
  const take = (records: string[][]) => {
    for (const cells of records) batch.push({ rowNo: ++rowNo, cells });
  };
  for await (const chunk of source) {
    const encoding = encodingOf(chunk);
    decoder ??= new TextDecoder(encoding, { fatal: true });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Count the records before the first bad byte, to name its row.
      const lossy = new TextDecoder(decoder.encoding).decode(chunk);
      const complete = parser.push(lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')))).length;
      throw new FileEncodingError(rowNo + batch.length + complete + 1);
    }
    take(parser.push(text));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  try {
    take(parser.push(decoder?.decode() ?? ''));
  } catch {
    throw new FileEncodingError(rowNo + 1);
  }
  take(parser.end());
  if (batch.length) yield batch;
}

type SharedText = string | { richText?: { text?: string }[] } | null | undefined;

function sharedText(t: SharedText): string {
  if (t === null || t === undefined) return '';
  if (typeof t === 'string') return t;
  return (t.richText ?? []).map((r) => r.text ?? '').join('');
}

/** A cell of exceljs's streaming reader as a plain value; shared strings by index. */
function plainCell(v: unknown, shared: (i: number) => string | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as { sharedString?: number; richText?: { text?: string }[]; text?: unknown; result?: unknown; error?: string };
  if (typeof o.sharedString === 'number') return shared(o.sharedString) ?? '';
  if (o.richText) return o.richText.map((r) => r.text ?? '').join('');
  if (o.text !== undefined) return String(o.text);
  if (o.result !== undefined) return plainCell(o.result, shared);
  return null;
}

export interface SharedStringStore {
  /** Stores a batch of shared strings (index → text) as the workbook is read. */
  save(batch: { idx: number; text: string }[]): Promise<void>;
  /** The texts of these indexes. */
  load(indexes: number[]): Promise<Map<number, string>>;
}

/**
 * Rows of the first worksheet of an XLSX workbook, read with exceljs's streaming reader. Shared
 * strings are not cached in memory: they go to `store` as they stream by (exceljs parks the
 * worksheet in a temporary file until they are all read) and each batch of rows looks up the
 * ones it uses, so memory does not grow with the size of the workbook.
 */
export async function* xlsxRows(source: Readable, batchSize: number, store: SharedStringStore): AsyncGenerator<FileRow[]> {
  const ExcelJS = await import('exceljs');
  const stream = (ExcelJS as unknown as { stream: typeof import('exceljs').stream }).stream ?? ExcelJS.default.stream;
  const reader = new stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'emit',
    worksheets: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  } as never) as unknown as { parse(): AsyncIterable<unknown> };
  let strings: { idx: number; text: string }[] = [];
  for await (const event of reader.parse()) {
    const e = event as { eventType?: string; value?: unknown; index?: number; text?: SharedText };
    if (typeof e.index === 'number' && e.eventType === undefined) {
      strings.push({ idx: e.index, text: sharedText(e.text) });
      if (strings.length >= 5000) {
        await store.save(strings);
        strings = [];
      }
      continue;
    }
    if (e.eventType !== 'worksheet') continue;
    if (strings.length) {
      await store.save(strings);
      strings = [];
    }
    const sheet = e.value as AsyncIterable<{ number: number; values: unknown[] }>;
    let pending: { number: number; values: unknown[] }[] = [];
    const flush = async (): Promise<FileRow[]> => {
      const wanted = new Set<number>();
      for (const r of pending)
        for (const v of r.values) {
          const s = (v as { sharedString?: unknown } | null)?.sharedString;
          if (typeof s === 'number') wanted.add(s);
        }
      const texts = wanted.size ? await store.load([...wanted]) : new Map<number, string>();
      const rows = pending.map((r) => ({
        rowNo: r.number,
        cells: Array.from({ length: Math.max(0, r.values.length - 1) }, (_, i) => plainCell(r.values[i + 1], (x) => texts.get(x))),
      }));
      pending = [];
      return rows;
    };
    for await (const row of sheet) {
      pending.push({ number: row.number, values: [...(row.values ?? [])] });
      if (pending.length >= batchSize) yield await flush();
    }
    if (pending.length) yield await flush();
    return;
  }
}

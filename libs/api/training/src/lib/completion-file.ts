/** Reading a completion upload (CSV or XLSX) into header-keyed rows. */

export interface UploadRow {
  /** 1-based row number in the file, the header being row 1. */
  readonly row: number;
  readonly values: Record<string, string>;
}

/** Parses CSV (comma or semicolon; quotes with "" escapes; BOM tolerated). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
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
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const HEADER_ALIASES: Record<string, string> = {
  personalcode: 'personalCode',
  personal_code: 'personalCode',
  code: 'personalCode',
  fin: 'personalCode',
  status: 'status',
  score: 'score',
  note: 'note',
  evidence: 'note',
};

/** Header row → canonical keys; data rows → records (blank lines skipped). */
export function toRows(table: string[][]): { header: string[]; rows: UploadRow[] } {
  const [head = [], ...body] = table;
  const header = head.map((h) => HEADER_ALIASES[h.trim().toLowerCase()] ?? h.trim());
  const rows: UploadRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const values: Record<string, string> = {};
    header.forEach((h, j) => (values[h] = (cells[j] ?? '').trim()));
    rows.push({ row: i + 2, values });
  });
  return { header, rows };
}

/** XLSX files are ZIP archives: they start with "PK". */
export function isXlsx(buf: Buffer): boolean {
  return buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b;
}

/** The first worksheet of an XLSX file as a table of strings. */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const ExcelJS = await import('exceljs');
  const Workbook = (ExcelJS as unknown as { Workbook: typeof import('exceljs').Workbook }).Workbook ?? ExcelJS.default.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const table: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      let s: string;
      if (v === null || v === undefined) s = '';
      else if (typeof v === 'object' && 'text' in v) s = String((v as { text: unknown }).text);
      else if (typeof v === 'object' && 'result' in v) s = String((v as { result: unknown }).result ?? '');
      else if (v instanceof Date) s = v.toISOString().slice(0, 10);
      else s = String(v);
      cells[col - 1] = s;
    });
    table[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

/**
 * Minimal RFC 4180 CSV reader and writer (no dependency): comma separator, fields quoted with
 * `"` and quotes doubled inside them; quoted fields may hold commas and line breaks.
 */

export interface CsvRecord {
  /** 1-based record number (the header is record 1); a quoted line break stays in one record. */
  readonly row: number;
  readonly fields: string[];
}

export interface CsvSyntaxError {
  readonly row: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly records: CsvRecord[];
  readonly errors: CsvSyntaxError[];
}

/**
 * Parses CSV text. Accepts CRLF, LF or CR line ends; drops blank lines (they still count in
 * the record numbers so row numbers match what a spreadsheet shows) and a final line end.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // the current field started with a quote
  let inQuotes = false; // inside a quoted field, before its closing quote
  let afterQuote = false; // just past the closing quote
  let row = 1;
  let rowError = false;

  const fail = (message: string): void => {
    if (!rowError) errors.push({ row, message });
    rowError = true;
  };
  const endField = (): void => {
    fields.push(field);
    field = '';
    quoted = false;
    afterQuote = false;
  };
  const endRecord = (): void => {
    const blank = fields.length === 0 && field === '' && !quoted;
    endField();
    if (!blank) records.push({ row, fields });
    fields = [];
    row++;
    rowError = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        inQuotes = false;
        afterQuote = true;
      }
    } else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else if (ch === '"') {
      if (field === '' && !quoted) {
        quoted = true;
        inQuotes = true;
      } else {
        fail('a quote inside a field that is not enclosed in quotes (double it and quote the field)');
        field += ch;
      }
    } else {
      if (afterQuote) fail('text after the closing quote of a field');
      field += ch;
    }
  }
  if (inQuotes) fail('a quoted field is not closed (missing closing quote)');
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return { records, errors };
}

/** Quotes a field only when it must be (comma, quote, CR or LF inside). */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serialises records with CRLF line ends, the last one included (RFC 4180). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((fields) => fields.map(formatCsvField).join(',') + '\r\n').join('');
}

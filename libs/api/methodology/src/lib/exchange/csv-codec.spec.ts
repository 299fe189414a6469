import { formatCsv, formatCsvField, parseCsv } from './csv-codec';

const fields = (text: string): string[][] => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain and quoted fields with commas, doubled quotes and line breaks', () => {
    const result = parseCsv('a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\n');
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['x, y', 'say "hi"', 'line 1\r\nline 2'] },
    ]);
  });

  it('accepts LF and CR line ends, a missing final line end and empty fields', () => {
    expect(fields('a,b\nc,\r,d')).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['', 'd'],
    ]);
    expect(fields('"",""\n')).toEqual([['', '']]);
  });

  it('skips blank lines but keeps counting rows', () => {
    expect(parseCsv('a\n\nb\n').records).toEqual([
      { row: 1, fields: ['a'] },
      { row: 3, fields: ['b'] },
    ]);
  });

  it('reports quote errors with their row', () => {
    expect(parseCsv('a\nb"c\n').errors).toEqual([{ row: 2, message: expect.stringContaining('quote inside a field') }]);
    expect(parseCsv('a\n"b"c\n').errors).toEqual([{ row: 2, message: 'text after the closing quote of a field' }]);
    expect(parseCsv('a\n"b\nc\n').errors).toEqual([{ row: 2, message: 'a quoted field is not closed (missing closing quote)' }]);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('x\ny')).toBe('"x\ny"');
    expect(
      formatCsv([
        ['a', 'b,c'],
        ['', 'ə'],
      ]),
    ).toBe('a,"b,c"\r\n,ə\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['h1', 'h2', 'h3'],
      ['"', ',', '\r\n'],
      ['', ' spaced ', 'Уровень'],
    ];
    expect(fields(formatCsv(rows))).toEqual(rows);
  });
});

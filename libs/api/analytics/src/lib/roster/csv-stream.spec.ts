import fc from 'fast-check';
import { CsvStreamParser } from './csv-stream';

function parseInChunks(text: string, sizes: number[]): string[][] {
  const p = new CsvStreamParser();
  const out: string[][] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    out.push(...p.push(text.slice(i, i + n)));
    i += n;
  }
  out.push(...p.end());
  return out;
}

function serialise(records: string[][], delimiter: string, newline: string): string {
  return records
    .map((r) => r.map((f) => (/[",;\t\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter))
    .join(newline);
}

describe('CsvStreamParser', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, and strips a byte-order mark', () => {
    const text = '\uFEFFpersonalCode,lastName\r\n"AB12345","Məmmədova, ""Aysel"""\n"X1\nY",Ş\r\n';
    expect(parseInChunks(text, [1000])).toEqual([
      ['personalCode', 'lastName'],
      ['AB12345', 'Məmmədova, "Aysel"'],
      ['X1\nY', 'Ş'],
    ]);
  });

  it('detects semicolons and tabs from the first line', () => {
    expect(parseInChunks('a;b;c\n1;2,5;3', [4])).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
    expect(parseInChunks('a\tb\n1\t2\n', [1])).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ə', 'Ş', ',', ';', '"', '\n', '\r', ' ', '1'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) => {
          const width = rows[0].length;
          return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
        (records, delimiter, newline, sizes) => {
          // The header decides the delimiter: give it one plain name per column.
          const all = [records[0].map((_, i) => `h${i}`), ...records];
          const text = serialise(all, delimiter, newline);
          expect(parseInChunks(text, sizes)).toEqual(parseInChunks(text, [text.length]));
          expect(parseInChunks(text, [text.length])).toEqual(all);
        },
      ),
      { numRuns: 300 },
    );
  });
});

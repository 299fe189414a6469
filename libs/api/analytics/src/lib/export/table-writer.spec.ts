import { csvField, csvLine, writeTable } from './table-writer';
import { heatColour } from '../report/summary-pdf';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV export', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', 1.5, null, '=SUM(A1)'])).toBe('"a,b","say ""hi""",1.5,,\'=SUM(A1)\r\n');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a BOM, the header and every batch', async () => {
    const out = await text(
      writeTable('csv', {
        title: 't',
        columns: [
          { header: 'Ad', kind: 'text' },
          { header: 'Uİ', kind: 'share' },
        ],
        rows: (async function* () {
          yield [['Şəki', 0.5]];
          yield [['Gəncə', 1]];
        })(),
      }),
    );
    expect(out).toBe('\uFEFFAd,Uİ\r\nŞəki,0.5\r\nGəncə,1\r\n');
  });
});

describe('heat colours', () => {
  it('run from a red tint through amber to a green tint; no share is grey', () => {
    expect(heatColour(0)).toBe('#f4c7c3');
    expect(heatColour(0.5)).toBe('#ffecb3');
    expect(heatColour(1)).toBe('#c8e6c9');
    expect(heatColour(null)).toBe('#f2f2f2');
  });
});

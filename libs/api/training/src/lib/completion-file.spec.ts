import { isXlsx, parseCsv, readXlsx, toRows } from './completion-file';

describe('completion files', () => {
  it('reads CSV with commas or semicolons, quotes, a BOM and CRLF line ends', () => {
    expect(parseCsv('\uFEFFpersonalCode,status,note\r\nAB12345,completed,"late, but done"\r\n')).toEqual([
      ['personalCode', 'status', 'note'],
      ['AB12345', 'completed', 'late, but done'],
    ]);
    expect(parseCsv('code;status;score\nX1;failed;40,5')).toEqual([
      ['code', 'status', 'score'],
      ['X1', 'failed', '40,5'],
    ]);
    expect(parseCsv('a,"say ""hi"""')).toEqual([['a', 'say "hi"']]);
  });

  it('maps header aliases and numbers rows as in the file, skipping blank lines', () => {
    const { header, rows } = toRows(parseCsv('FIN,Status\nA1,completed\n\n B2 ,failed\n'));
    expect(header).toEqual(['personalCode', 'status']);
    expect(rows).toEqual([
      { row: 2, values: { personalCode: 'A1', status: 'completed' } },
      { row: 4, values: { personalCode: 'B2', status: 'failed' } },
    ]);
  });

  // exceljs is large and converted for jest on its first import: slow on a busy machine.
  it('reads the first worksheet of an XLSX file', async () => {
    const ExcelJS = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['personalCode', 'status', 'score']);
    ws.addRow(['A1', 'completed', 91]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(isXlsx(buf)).toBe(true);
    expect(isXlsx(Buffer.from('personalCode,status'))).toBe(false);
    expect(await readXlsx(buf)).toEqual([
      ['personalCode', 'status', 'score'],
      ['A1', 'completed', '91'],
    ]);
  }, 60_000);
});

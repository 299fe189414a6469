import { importRows, importSummary } from './import-report';

describe('import report', () => {
  it('lists each chosen file with its outcome, in the order chosen', () => {
    const rows = importRows(['a.xml', 'b.xml', 'c.xml'], {
      imported: [{ file: 'c.xml', itemId: '00000000-0000-4000-8000-000000000001', ref: 'C-1', status: 'draft', needsKey: true }],
      problems: [{ file: 'a.xml', location: '/qti-assessment-item', message: 'Not QTI 3.0', code: 'qti_invalid' }],
    });
    expect(rows.map((r) => [r.file, r.outcome, r.code ?? r.ref])).toEqual([
      ['a.xml', 'problem', 'qti_invalid'],
      ['b.xml', 'problem', 'not_reported'],
      ['c.xml', 'imported', 'C-1'],
    ]);
    expect(importSummary(rows)).toEqual({ imported: 1, needKey: 1, problems: 2 });
  });
});

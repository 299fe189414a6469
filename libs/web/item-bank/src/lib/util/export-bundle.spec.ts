import { bundleJson, bundleName, safeFileName } from './export-bundle';

describe('export bundle', () => {
  it('keeps file names inside the download folder', () => {
    expect(safeFileName('../../etc/passwd', 'x.xml')).toBe('passwd');
    expect(safeFileName('DF1-2-ab12 v3.xml', 'x.xml')).toBe('DF1-2-ab12 v3.xml');
    expect(safeFileName('..', 'x.xml')).toBe('x.xml');
  });

  it('puts every file in one JSON document named by date', () => {
    const at = new Date('2026-11-23T08:00:00Z');
    expect(JSON.parse(bundleJson([{ name: 'a.xml', content: '<x/>' }], at))).toEqual({
      format: 'qti-3.0',
      exportedAt: '2026-11-23T08:00:00.000Z',
      files: [{ name: 'a.xml', content: '<x/>' }],
    });
    expect(bundleName(at)).toBe('items-2026-11-23.json');
  });
});

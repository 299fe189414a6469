import type { ImportProblem } from '@civics/contracts';
import { exportCsv } from './csv-export';
import { importCsv } from './csv-import';
import type { ExchangeVersion, ImportResult } from './exchange-version';
import { DEFAULT_ATTESTATION_RULES, DEFAULT_SCORING_RULE } from './import-defaults';
import { DIGCOMP_AREAS, digCompCompetences, digCompCsv } from './test/digcomp-2.2.fixture';
import { seedVersion } from './test/seed-version';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const imported = (result: ImportResult): ExchangeVersion => {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems, null, 2)}`);
  return result.version;
};
const problemsOf = (result: ImportResult): ImportProblem[] => {
  if (result.ok) throw new Error('import succeeded where it should fail');
  return result.problems;
};

const FIXED =
  'area_code,area_title_az,area_title_ru,area_title_en,area_description_az,area_description_ru,area_description_en,competency_code,title_az,title_ru,title_en,description_az,description_ru,description_en';
const HEADER_2 = `${FIXED},level_1_az,level_1_ru,level_1_en,level_2_az,level_2_ru,level_2_en`;
/** A valid 2-level row; `cells` overrides columns by position. */
function row(overrides: Record<number, string> = {}): string {
  const cells = [
    'AR',
    'Sahə',
    '',
    'Area',
    'Təsvir',
    '',
    'Area text',
    'C1',
    '',
    '',
    'Comp one',
    '',
    '',
    'Comp text',
    '',
    '',
    'L1 text',
    '',
    '',
    'L2 text',
  ];
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
  return cells.join(',');
}
const csv = (...lines: string[]): Uint8Array => encode(lines.join('\r\n') + '\r\n');

describe('exportCsv', () => {
  const v = seedVersion();
  const text = exportCsv(v);
  const lines = text.split('\r\n');

  it('writes the exact header, one row per competency and CRLF line ends', () => {
    expect(lines[0]).toBe(
      `${FIXED},level_1_az,level_1_ru,level_1_en,level_2_az,level_2_ru,level_2_en,level_3_az,level_3_ru,level_3_en,level_4_az,level_4_ru,level_4_en`,
    );
    expect(lines).toHaveLength(1 + 16 + 1); // header, 16 competencies, '' after the final CRLF
    expect(lines[17]).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[1].startsWith('DF,Rəqəmsal əsaslar,Цифровые основы,Digital foundations,')).toBe(true);
    expect(lines[16].startsWith('PM,')).toBe(true);
  });

  it('is deterministic', () => {
    expect(exportCsv(seedVersion())).toBe(text);
  });

  it('quotes fields with commas, quotes and line breaks, and keeps areas without competencies', () => {
    const small = seedVersion();
    small.content.scale = small.content.scale.slice(0, 1);
    small.content.areas = [{ code: 'A', title: { en: 'x, "y"' }, description: { en: 'two\nlines' }, competencies: [] }];
    expect(exportCsv(small)).toBe(`${FIXED},level_1_az,level_1_ru,level_1_en\r\nA,,,"x, ""y""",,,"two\nlines",,,,,,,,,,\r\n`);
    const back = imported(importCsv(encode(exportCsv(small)), { code: 'SMALL' }));
    expect(back.content.areas).toEqual(small.content.areas);
  });
});

describe('importCsv round trip with the seed', () => {
  const v = seedVersion();
  const once = exportCsv(v);
  const result = importCsv(encode(once), { code: 'EGOV-ICT' });
  const back = imported(result);

  it('gives back the same CSV byte for byte', () => {
    expect(exportCsv(back)).toBe(once);
  });

  it('gives back the same areas, competencies and indicators', () => {
    expect(back.content.areas).toStrictEqual(v.content.areas);
  });

  it('gives the CSV defaults for what the CSV does not carry', () => {
    expect(back.code).toBe('EGOV-ICT');
    expect(back.versionNumber).toBe(1);
    expect(back.title).toEqual({ az: 'EGOV-ICT', ru: 'EGOV-ICT', en: 'EGOV-ICT' });
    expect(back.content.scale).toEqual(
      [1, 2, 3, 4].map((n) => ({
        level: n,
        label: { az: `Səviyyə ${n}`, ru: `Уровень ${n}`, en: `Level ${n}` },
        descriptor: { az: `Səviyyə ${n}`, ru: `Уровень ${n}`, en: `Level ${n}` },
      })),
    );
    expect(back.content.positionProfiles).toEqual([]);
    expect(back.content.attestationRules).toEqual(DEFAULT_ATTESTATION_RULES);
    expect(back.content.scoringRule).toEqual(DEFAULT_SCORING_RULE);
  });

  it('takes a given title', () => {
    const titled = imported(importCsv(encode(once), { code: 'EGOV-ICT', title: v.title }));
    expect(titled.title).toEqual(v.title);
  });
});

describe('importCsv with a DigComp 2.2-shaped file (BOM, LF, every field quoted, English only)', () => {
  const v = imported(importCsv(digCompCsv(), { code: 'DIGCOMP' }));

  it('reads 5 areas, 21 competences and 8 levels', () => {
    expect(v.content.areas.map((a) => a.code)).toEqual(['DC1', 'DC2', 'DC3', 'DC4', 'DC5']);
    expect(v.content.areas.flatMap((a) => a.competencies)).toHaveLength(21);
    expect(v.content.scale).toHaveLength(8);
    expect(v.content.areas.every((a) => a.competencies.every((c) => c.indicators.map((i) => i.level).join() === '1,2,3,4,5,6,7,8'))).toBe(
      true,
    );
  });

  it('re-exports to CSV that imports to the same framework', () => {
    const again = exportCsv(v);
    expect(again.startsWith('area_code,')).toBe(true); // no BOM on export
    expect(exportCsv(imported(importCsv(encode(again), { code: 'DIGCOMP' })))).toBe(again);
    expect(imported(importCsv(encode(again), { code: 'DIGCOMP' })).content.areas).toStrictEqual(v.content.areas);
  });

  it('keeps English texts only, with quotes and commas intact', () => {
    const c = v.content.areas[0].competencies[0];
    const source = digCompCompetences(0)[0];
    expect(v.content.areas[0].title).toStrictEqual({ en: DIGCOMP_AREAS[0].title });
    expect(c).toStrictEqual({
      code: 'DC1_1',
      title: { en: '1.1 Browsing, searching and filtering data, information and digital content' },
      description: { en: source.description },
      indicators: source.levels.map((text, i) => ({ level: i + 1, text: { en: text } })),
    });
  });
});

describe('importCsv problems', () => {
  it('names wrong, missing and unknown columns (and reads no rows then)', () => {
    const header = `${FIXED.replace(',title_ru', '')},level_1_az,level_1_ru,level_1_en,level_3_az,level_3_ru,level_3_en,colour,colour`;
    expect(problemsOf(importCsv(csv(header, 'garbage'), { code: 'X' }))).toEqual([
      { location: 'row 1', code: 'unknown-column', message: 'unknown column "colour"' },
      { location: 'row 1', code: 'duplicate-column', message: 'column "colour" appears more than once' },
      {
        location: 'row 1',
        code: 'missing-column',
        message: 'missing columns: title_ru, level_2_az, level_2_ru, level_2_en',
      },
    ]);
  });

  it('reports bytes that are not UTF-8 in the cell that holds them', () => {
    const head = encode(`${HEADER_2}\r\n${row()}\r\nAR,Sahə,,Area,Təsvir,,Area text,C2,,,`);
    const tail = encode(`\r\n${row()}\r\n`); // and a duplicate of row 2 as row 4
    // 0xff 0xfe 'A' as the title_en of row 3 (header is row 1)
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0x41, ...encode(',,,Comp text,,,L1 text,,,L2 text'), ...tail]);
    expect(problemsOf(importCsv(bytes.slice(), { code: 'X' }))).toEqual([
      { location: 'row 3', code: 'encoding', message: 'title_en: bytes that are not valid UTF-8' },
      { location: 'row 4', code: 'duplicate-code', message: 'competency_code: "C1" is already used on row 2' },
    ]);
  });

  it('reports duplicate codes, bad codes, missing texts, inconsistent areas and short rows — all of them', () => {
    const result = importCsv(
      csv(
        HEADER_2,
        row(),
        row({ 7: 'C1' }), // duplicate competency code
        row({ 7: 'c3' }), // bad competency code
        row({ 0: '1A', 7: 'C4' }), // bad area code
        row({ 7: 'C5', 10: '', 13: '' }), // no title, no description
        row({ 3: 'Other area title', 7: 'C6' }), // inconsistent area
        'AR,short',
        row({ 7: 'C7', 16: '', 19: '' }), // no indicators: allowed
      ),
      { code: 'bad code' },
    );
    expect(problemsOf(result)).toEqual([
      { location: 'code', code: 'bad-code', message: '"bad code" is not a valid code' },
      { location: 'row 3', code: 'duplicate-code', message: 'competency_code: "C1" is already used on row 2' },
      {
        location: 'row 4',
        code: 'bad-code',
        message: 'competency_code: "c3" is not a valid code (upper-case letter first, then A-Z 0-9 _ . -, max 40)',
      },
      {
        location: 'row 5',
        code: 'bad-code',
        message: 'area_code: "1A" is not a valid code (upper-case letter first, then A-Z 0-9 _ . -, max 40)',
      },
      { location: 'row 6', code: 'missing-text', message: 'title_az, title_ru, title_en: the competency title is empty in every language' },
      {
        location: 'row 6',
        code: 'missing-text',
        message: 'description_az, description_ru, description_en: the competency description is empty in every language',
      },
      { location: 'row 7', code: 'inconsistent-area', message: 'area_title_en: differs from row 2 of area AR' },
      { location: 'row 8', code: 'column-count', message: '2 cells where the header has 20' },
    ]);
  });

  it('reports CSV syntax errors, texts the schema rejects and a scale over 10 levels', () => {
    const long = 'x'.repeat(4001);
    expect(problemsOf(importCsv(csv(HEADER_2, row({ 10: long })), { code: 'X' }))).toEqual([
      { location: 'row 2', code: 'schema', message: 'areas.0.competencies.0.title.en: Too big: expected string to have <=4000 characters' },
    ]);
    expect(problemsOf(importCsv(csv(HEADER_2, row({ 10: 'bad "quote' })), { code: 'X' }))).toEqual([
      {
        location: 'row 2',
        code: 'csv-syntax',
        message: 'a quote inside a field that is not enclosed in quotes (double it and quote the field)',
      },
    ]);
    const levels = Array.from({ length: 11 }, (_, i) => `level_${i + 1}_az,level_${i + 1}_ru,level_${i + 1}_en`).join(',');
    expect(problemsOf(importCsv(csv(`${FIXED},${levels}`), { code: 'X' }))).toEqual([
      { location: 'row 1', code: 'scale-too-large', message: '11 levels; a scale has at most 10' },
      { location: 'file', code: 'schema', message: 'areas: Too small: expected array to have >=1 items' },
    ]);
  });

  it('rejects an empty file', () => {
    expect(problemsOf(importCsv(new Uint8Array(), { code: 'X' }))).toEqual([
      { location: 'file', code: 'empty-file', message: 'the file has no header row' },
    ]);
  });
});

import {
  CODE_PATTERN,
  LANGUAGES,
  MethodologyContentSchema,
  type Area,
  type Competency,
  type ContentText,
  type ImportProblem,
  type Indicator,
  type MethodologyContent,
} from '@civics/contracts';
import { compactText, hasText } from './content-text';
import { CSV_FIXED_COLUMNS, levelColumn, levelOfColumn } from './csv-columns';
import { parseCsv, type CsvRecord } from './csv-codec';
import type { ExchangeVersion, ImportResult } from './exchange-version';
import { DEFAULT_ATTESTATION_RULES, DEFAULT_SCORING_RULE, MAX_SCALE_SIZE, defaultScale } from './import-defaults';
import { problem, schemaProblems } from './import-problems';

export interface ImportCsvOptions {
  /** Code of the new version (a CSV carries no framework code). */
  code: string;
  /** Title of the new version; defaults to the code in every language. */
  title?: ContentText;
}

type Cells = (column: string) => string;

interface Header {
  index: Map<string, number>;
  levels: number;
  /** False when columns are missing or repeated: rows cannot be read reliably then. */
  usable: boolean;
}

/** Decodes strict UTF-8; on bad bytes decodes leniently (U+FFFD marks them) to locate them. */
function decode(bytes: Uint8Array): { text: string; broken: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), broken: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), broken: true };
  }
}

function readHeader(record: CsvRecord, problems: ImportProblem[]): Header {
  const names = record.fields.map((f) => f.trim());
  const index = new Map<string, number>();
  const fixed = new Set<string>(CSV_FIXED_COLUMNS);
  let levels = 0;
  let usable = true;
  names.forEach((name, i) => {
    if (index.has(name)) {
      problems.push(problem('row 1', 'duplicate-column', `column "${name}" appears more than once`));
      usable = false;
      return;
    }
    index.set(name, i);
    const level = levelOfColumn(name);
    if (level !== undefined) levels = Math.max(levels, level);
    else if (!fixed.has(name)) problems.push(problem('row 1', 'unknown-column', `unknown column "${name}"`));
  });
  const expected = [...CSV_FIXED_COLUMNS];
  for (let n = 1; n <= levels; n++) expected.push(...LANGUAGES.map((l) => levelColumn(n, l)));
  const missing = expected.filter((name) => !index.has(name));
  if (missing.length > 0) {
    problems.push(problem('row 1', 'missing-column', `missing columns: ${missing.join(', ')}`));
    usable = false;
  }
  if (levels > MAX_SCALE_SIZE) {
    problems.push(problem('row 1', 'scale-too-large', `${levels} levels; a scale has at most ${MAX_SCALE_SIZE}`));
  }
  return { index, levels, usable };
}

const textOf = (cells: Cells, prefix: string): ContentText =>
  compactText(Object.fromEntries(LANGUAGES.map((l) => [l, cells(`${prefix}${l}`)])));
const columnsOf = (prefix: string): string => LANGUAGES.map((l) => `${prefix}${l}`).join(', ');

interface AreaEntry {
  area: Area;
  row: number;
  competencyRows: number[];
}

/** Reads the data rows into areas, reporting each bad cell with its row and column. */
function readRows(records: CsvRecord[], header: Header, problems: ImportProblem[]): AreaEntry[] {
  const areas = new Map<string, AreaEntry>();
  const competencyRow = new Map<string, number>();
  const competencyColumns = [...header.index.keys()].filter((c) => c === 'competency_code' || /^(title|description|level)_/.test(c));
  for (const record of records) {
    const at = `row ${record.row}`;
    if (record.fields.length !== header.index.size) {
      const message = `${record.fields.length} cells where the header has ${header.index.size}`;
      problems.push(problem(at, 'column-count', message));
      continue;
    }
    const cells: Cells = (column) => (record.fields[header.index.get(column) ?? -1] ?? '').trim();
    const need = (prefix: string, what: string): ContentText => {
      const text = textOf(cells, prefix);
      if (!hasText(text)) problems.push(problem(at, 'missing-text', `${columnsOf(prefix)}: ${what} is empty in every language`));
      return text;
    };
    const code = (column: string): string => {
      const value = cells(column);
      if (!CODE_PATTERN.test(value)) {
        const message =
          value === ''
            ? `${column}: missing`
            : `${column}: "${value}" is not a valid code (upper-case letter first, then A-Z 0-9 _ . -, max 40)`;
        problems.push(problem(at, value === '' ? 'missing-field' : 'bad-code', message));
      }
      return value;
    };

    const areaCode = code('area_code');
    const areaTitle = need('area_title_', 'the area title');
    const areaDescription = need('area_description_', 'the area description');
    let entry = areas.get(areaCode);
    if (!entry) {
      entry = {
        area: { code: areaCode, title: areaTitle, description: areaDescription, competencies: [] },
        row: record.row,
        competencyRows: [],
      };
      areas.set(areaCode, entry);
    } else {
      for (const [prefix, text] of [
        ['area_title_', entry.area.title],
        ['area_description_', entry.area.description],
      ] as const) {
        for (const l of LANGUAGES) {
          if (cells(`${prefix}${l}`) !== (text[l] ?? '')) {
            const message = `${prefix}${l}: differs from row ${entry.row} of area ${areaCode}`;
            problems.push(problem(at, 'inconsistent-area', message));
          }
        }
      }
    }

    if (competencyColumns.every((c) => cells(c) === '')) continue; // an area without competencies

    const competencyCode = code('competency_code');
    const first = competencyRow.get(competencyCode);
    if (first !== undefined && competencyCode !== '') {
      problems.push(problem(at, 'duplicate-code', `competency_code: "${competencyCode}" is already used on row ${first}`));
    } else competencyRow.set(competencyCode, record.row);
    const indicators: Indicator[] = [];
    for (let n = 1; n <= header.levels; n++) {
      const text = textOf(cells, `level_${n}_`);
      if (hasText(text)) indicators.push({ level: n, text });
    }
    const competency: Competency = {
      code: competencyCode,
      title: need('title_', 'the competency title'),
      description: need('description_', 'the competency description'),
      indicators,
    };
    entry.area.competencies.push(competency);
    entry.competencyRows.push(record.row);
  }
  return [...areas.values()];
}

/** Marks each cell that held bytes that are not UTF-8 (decoded as U+FFFD). */
function encodingProblems(records: CsvRecord[], header: string[]): ImportProblem[] {
  const found = records.flatMap((r) =>
    r.fields.flatMap((value, i) =>
      value.includes('\uFFFD')
        ? [problem(`row ${r.row}`, 'encoding', `${header[i] ?? `column ${i + 1}`}: bytes that are not valid UTF-8`)]
        : [],
    ),
  );
  return found.length > 0 ? found : [problem('file', 'encoding', 'the file is not valid UTF-8')];
}

/**
 * Reads a framework CSV (see README.md): strict UTF-8 (BOM allowed), RFC 4180, header naming
 * the columns (any order), N levels inferred from the `level_N_xx` columns. The version gets a
 * default scale of N levels, no profiles and default rules. Returns every problem found.
 */
export function importCsv(bytes: Uint8Array, opts: ImportCsvOptions): ImportResult {
  const problems: ImportProblem[] = [];
  if (!CODE_PATTERN.test(opts.code)) problems.push(problem('code', 'bad-code', `"${opts.code}" is not a valid code`));
  const { text, broken } = decode(bytes);
  const { records, errors } = parseCsv(text.replace(/^\uFEFF/, ''));
  problems.push(...errors.map((e) => problem(`row ${e.row}`, 'csv-syntax', e.message)));
  if (broken) problems.push(...encodingProblems(records, records[0]?.fields ?? []));
  if (records.length === 0) {
    problems.push(problem('file', 'empty-file', 'the file has no header row'));
    return { ok: false, problems };
  }
  const header = readHeader(records[0], problems);
  if (!header.usable) return { ok: false, problems };

  const entries = readRows(records.slice(1), header, problems);
  const content: MethodologyContent = {
    scale: defaultScale(Math.min(header.levels, MAX_SCALE_SIZE)),
    areas: entries.map((e) => e.area),
    positionProfiles: [],
    attestationRules: { ...DEFAULT_ATTESTATION_RULES },
    scoringRule: { ...DEFAULT_SCORING_RULE },
  };
  const parsed = MethodologyContentSchema.safeParse(content);
  if (!parsed.success) {
    problems.push(
      ...schemaProblems(parsed.error, (path) => {
        const entry = path[0] === 'areas' && typeof path[1] === 'number' ? entries[path[1]] : undefined;
        if (!entry) return 'file';
        const row = path[2] === 'competencies' && typeof path[3] === 'number' ? entry.competencyRows[path[3]] : entry.row;
        return `row ${row ?? entry.row}`;
      }),
    );
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const version: ExchangeVersion = {
    code: opts.code,
    title: opts.title ?? { az: opts.code, ru: opts.code, en: opts.code },
    versionNumber: 1,
    content: parsed.data,
  };
  return { ok: true, version };
}

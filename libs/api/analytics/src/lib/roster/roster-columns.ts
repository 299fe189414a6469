import { z } from 'zod';
import {
  LANGUAGES,
  ROSTER_COLUMNS,
  ROSTER_REQUIRED_COLUMNS,
  type Language,
  type RosterColumn,
  type RosterErrorCode,
} from '@civics/contracts';
import { LABELS } from '../export/labels';

/** A cell as a reader gives it: CSV gives text; XLSX also numbers, dates and booleans. */
export type RawCell = string | number | boolean | Date | null;

/** A header compared without case, accents, spaces or punctuation (İ, I and ı all become i). */
function key(s: string): string {
  return s
    .normalize('NFKD')
    .toLocaleLowerCase('en')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[\s_.\-()/]+/g, '');
}

/** Header spellings understood for each column (any case, spaces, dots or dashes), in the three languages. */
const ALIASES: Record<RosterColumn, string[]> = {
  personalCode: ['personalcode', 'personal_code', 'fin', 'fincode', 'pin', 'şəxsikod', 'личныйкод', ...labelsOf('personalCode')],
  lastName: ['lastname', 'last_name', 'surname', 'familyname', 'soyad', 'soyadı', 'фамилия', ...labelsOf('lastName')],
  firstName: ['firstname', 'first_name', 'givenname', 'ad', 'adı', 'имя', ...labelsOf('firstName')],
  email: ['email', 'e-mail', 'mail', 'epoçt', 'epoçtünvanı', 'электроннаяпочта', 'почта', ...labelsOf('email')],
  unit: [
    'unit',
    'unitcode',
    'organisation',
    'organisationcode',
    'organization',
    'bölmə',
    'struktur bölmə',
    'подразделение',
    ...labelsOf('unit'),
  ],
  position: ['position', 'positioncode', 'post', 'vəzifə', 'должность', ...labelsOf('position')],
  hiredOn: [
    'hiredon',
    'hired_on',
    'hiredate',
    'hiringdate',
    'startdate',
    'işəqəbultarixi',
    'датаприёма',
    'датаприема',
    ...labelsOf('hiredOn'),
  ],
  language: ['language', 'preferredlanguage', 'lang', 'dil', 'язык', ...labelsOf('language')],
};

function labelsOf(column: RosterColumn): string[] {
  return LANGUAGES.map((l) => LABELS[l].roster.columns[column]);
}

const ALIAS_INDEX = new Map<string, RosterColumn>(
  (Object.entries(ALIASES) as [RosterColumn, string[]][]).flatMap(([column, names]) =>
    [column, ...names].map((n) => [key(n), column] as const),
  ),
);

export interface HeaderMapping {
  /** Column index of each known column found. */
  readonly index: Partial<Record<RosterColumn, number>>;
}

export interface HeaderProblem {
  readonly missing: RosterColumn[];
  readonly duplicated: RosterColumn[];
  readonly unknown: string[];
}

/** Maps a header row to the roster columns; a problem when a required column is missing or one appears twice. */
export function mapHeader(cells: readonly RawCell[]): HeaderMapping | HeaderProblem {
  const index: Partial<Record<RosterColumn, number>> = {};
  const duplicated: RosterColumn[] = [];
  const unknown: string[] = [];
  cells.forEach((c, i) => {
    const name = cellText(c);
    if (!name) return;
    const column = ALIAS_INDEX.get(key(name));
    if (!column) unknown.push(name);
    else if (index[column] !== undefined) duplicated.push(column);
    else index[column] = i;
  });
  const missing = ROSTER_REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length || duplicated.length) return { missing, duplicated, unknown };
  return { index };
}

export function isHeaderProblem(m: HeaderMapping | HeaderProblem): m is HeaderProblem {
  return 'missing' in m;
}

export function cellText(c: RawCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** What the checks need to know: units in the caller's scope by code, and the methodology's positions. */
export interface RowContext {
  /** Upper-case unit code → organisation id (only units in the caller's scope). */
  readonly units: ReadonlyMap<string, string>;
  /** Upper-case position code, or a title in any language in lower case → code and Azerbaijani title. */
  readonly positions: ReadonlyMap<string, { code: string; title: string }>;
  /** Latest acceptable hire date (yyyy-mm-dd). */
  readonly latestHireDate: string;
}

export interface RowError {
  readonly field: RosterColumn;
  readonly code: RosterErrorCode;
  readonly value: string | null;
}

/** One checked row, ready to stage. */
export interface CheckedRow {
  readonly rowNo: number;
  readonly personalCode: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly email: string | null;
  readonly unit: string;
  readonly position: string;
  readonly hiredOnText: string;
  readonly languageText: string;
  readonly organisationId: string | null;
  readonly positionCode: string | null;
  readonly positionTitle: string | null;
  readonly hiredOn: string | null;
  readonly language: Language | null;
  readonly errors: RowError[];
}

const PERSONAL_CODE = /^[A-Z0-9]{5,20}$/;
const Email = z.email().max(254);
const NAME_MAX = 100;

/** Excel's day 0 is 1899-12-30 (with its 1900 leap-year quirk already folded in). */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** yyyy-mm-dd, dd.mm.yyyy or dd/mm/yyyy (a real calendar date), an XLSX date cell or an Excel serial day. */
export function parseDate(c: RawCell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  if (typeof c === 'number') return excelSerialToIso(c);
  const s = cellText(c);
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Checks one data row on its own (duplicates and records outside the scope are found afterwards, over the whole file). */
export function checkRow(rowNo: number, cells: readonly RawCell[], header: HeaderMapping, ctx: RowContext): CheckedRow {
  const errors: RowError[] = [];
  const get = (c: RosterColumn): RawCell => (header.index[c] === undefined ? null : (cells[header.index[c] as number] ?? null));
  const textOf = (c: RosterColumn) => cellText(get(c));
  const fail = (field: RosterColumn, code: RosterErrorCode, value: string | null) => errors.push({ field, code, value });

  const personalCode = textOf('personalCode').replace(/\s+/g, '').toUpperCase();
  if (!personalCode) fail('personalCode', 'required', null);
  else if (!PERSONAL_CODE.test(personalCode)) fail('personalCode', 'invalid_personal_code', personalCode);

  const name = (c: 'lastName' | 'firstName') => {
    const v = textOf(c);
    if (!v) fail(c, 'required', null);
    else if (v.length > NAME_MAX) fail(c, 'too_long', v.slice(0, 40));
    return v.slice(0, 500);
  };
  const lastName = name('lastName');
  const firstName = name('firstName');

  const emailText = textOf('email');
  let email: string | null = null;
  if (emailText) {
    if (Email.safeParse(emailText).success) email = emailText;
    else fail('email', 'invalid_email', emailText.slice(0, 254));
  }

  const unit = textOf('unit');
  const organisationId = unit ? (ctx.units.get(unit.toUpperCase()) ?? null) : null;
  if (!unit) fail('unit', 'required', null);
  else if (!organisationId) fail('unit', 'unknown_unit', unit.slice(0, 100));

  const position = textOf('position');
  const found = position ? (ctx.positions.get(position.toUpperCase()) ?? ctx.positions.get(position.toLocaleLowerCase('az'))) : undefined;
  if (!position) fail('position', 'required', null);
  else if (!found) fail('position', 'unknown_position', position.slice(0, 100));

  const hiredRaw = get('hiredOn');
  const hiredOnText = cellText(hiredRaw);
  let hiredOn: string | null = null;
  if (hiredOnText) {
    hiredOn = parseDate(hiredRaw);
    if (!hiredOn || hiredOn < '1950-01-01' || hiredOn > ctx.latestHireDate) {
      fail('hiredOn', 'invalid_date', hiredOnText.slice(0, 40));
      hiredOn = null;
    }
  }

  const languageText = textOf('language');
  let language: Language | null = null;
  if (languageText) {
    const l = languageText.toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(l)) language = l as Language;
    else fail('language', 'invalid_language', languageText.slice(0, 20));
  }

  return {
    rowNo,
    personalCode: personalCode.slice(0, 40),
    lastName,
    firstName,
    email,
    unit: unit.slice(0, 200),
    position: position.slice(0, 200),
    hiredOnText: hiredOnText.slice(0, 40),
    languageText: languageText.slice(0, 20),
    organisationId,
    positionCode: found?.code ?? null,
    positionTitle: found?.title ?? null,
    hiredOn,
    language,
    errors,
  };
}

/** Column order of the template and of the result report. */
export const TEMPLATE_COLUMNS: readonly RosterColumn[] = ROSTER_COLUMNS;

import { LANGUAGES, type Language } from '@civics/contracts';

/** Fixed leading columns of the framework CSV (the level columns follow). */
export const CSV_FIXED_COLUMNS = [
  'area_code',
  ...LANGUAGES.map((l) => `area_title_${l}`),
  ...LANGUAGES.map((l) => `area_description_${l}`),
  'competency_code',
  ...LANGUAGES.map((l) => `title_${l}`),
  ...LANGUAGES.map((l) => `description_${l}`),
] as const;

const LEVEL_COLUMN = /^level_([1-9][0-9]*)_(az|ru|en)$/;

export function levelColumn(level: number, language: Language): string {
  return `level_${level}_${language}`;
}

/** Full header for a scale of `levels` levels. */
export function csvHeader(levels: number): string[] {
  const columns: string[] = [...CSV_FIXED_COLUMNS];
  for (let n = 1; n <= levels; n++) columns.push(...LANGUAGES.map((l) => levelColumn(n, l)));
  return columns;
}

/** Level number of a `level_N_xx` column, or undefined for any other name. */
export function levelOfColumn(name: string): number | undefined {
  const match = LEVEL_COLUMN.exec(name);
  return match ? Number(match[1]) : undefined;
}

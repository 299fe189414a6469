import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_LANGUAGES } from '../api/api-paths';
import { flattenTranslations } from './translation-tables';

// The three files the app downloads at run time (apps/web/public/i18n).
const DIR = join(__dirname, '../../../../../../apps/web/public/i18n');

const tables = Object.fromEntries(
  WEB_LANGUAGES.map((language) => [language, flattenTranslations(JSON.parse(readFileSync(join(DIR, `${language}.json`), 'utf8')))]),
);
const allKeys = [...new Set(Object.values(tables).flatMap((t) => Object.keys(t)))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  it('hold a reasonable number of texts', () => {
    expect(allKeys.length).toBeGreaterThan(50);
  });

  it.each(WEB_LANGUAGES)('%s has every key, each with a non-empty text', (language) => {
    const table = tables[language];
    const missing = allKeys.filter((key) => !(key in table));
    const empty = allKeys.filter((key) => key in table && table[key].trim() === '');
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });

  it('use the same placeholders in every language', () => {
    const mismatched = allKeys.filter((key) => {
      const expected = placeholders(tables['az'][key] ?? '');
      return WEB_LANGUAGES.some((l) => placeholders(tables[l][key] ?? '').join() !== expected.join());
    });
    expect(mismatched).toEqual([]);
  });
});

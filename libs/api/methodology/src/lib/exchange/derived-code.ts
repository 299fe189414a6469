import { CODE_PATTERN } from '@civics/contracts';

// Letters that NFKD does not decompose into an ASCII base letter.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ə: 'e', Ə: 'E', ı: 'i', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE' };

/**
 * A code matching `CODE_PATTERN` made from a title (for CASE items without
 * `humanCodingScheme`): ASCII upper case, other characters folded to `_`, at most 40 long.
 * `fallback` is used when nothing usable remains (e.g. a Cyrillic-only title).
 */
export function codeFromTitle(title: string, fallback: string): string {
  const ascii = [...title.normalize('NFKD')]
    .map((ch) => SPECIAL_LETTERS[ch] ?? ch)
    .join('')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  let code = ascii === '' ? fallback : /^[A-Z]/.test(ascii) ? ascii : `C${ascii}`;
  code = code.slice(0, 40).replace(/_+$/, '');
  return CODE_PATTERN.test(code) ? code : fallback;
}

/** Makes `code` unique among `taken` by appending _2, _3 … (keeping within 40 characters). */
export function uniqueCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(code)) return code;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = code.slice(0, 40 - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

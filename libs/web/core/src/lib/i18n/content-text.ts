import type { ContentText, Language } from '@civics/contracts';

/** The platform languages in display order (contracts: LANGUAGES), restated to keep zod out of the bundle. */
export const CONTENT_LANGUAGES: readonly Language[] = ['az', 'ru', 'en'];

/** A text as shown in one language: `from` names the language it was taken from when it is another one. */
export interface LocalizedContent {
  readonly text: string;
  readonly from: Language | null;
}

function present(text: ContentText | undefined, language: Language): string | undefined {
  const value = text?.[language]?.trim();
  return value ? value : undefined;
}

/**
 * The text in `language`, or else in the first other platform language that has it (then
 * `from` says which, so the page can mark the fallback). Empty when no language has it.
 */
export function localize(text: ContentText | undefined, language: Language): LocalizedContent {
  const own = present(text, language);
  if (own !== undefined) {
    return { text: own, from: null };
  }
  for (const other of CONTENT_LANGUAGES) {
    const value = present(text, other);
    if (value !== undefined) {
      return { text: value, from: other };
    }
  }
  return { text: '', from: null };
}

/** The languages a text is given in, in display order. */
export function languagesOf(text: ContentText | undefined): Language[] {
  return CONTENT_LANGUAGES.filter((l) => present(text, l) !== undefined);
}

export interface Completeness {
  readonly done: number;
  readonly total: number;
  readonly missing: readonly Language[];
}

/** How many of the platform languages a text is given in, and which ones it lacks. */
export function textCompleteness(text: ContentText | undefined): Completeness {
  const missing = CONTENT_LANGUAGES.filter((l) => present(text, l) === undefined);
  return { done: CONTENT_LANGUAGES.length - missing.length, total: CONTENT_LANGUAGES.length, missing };
}

/** Completeness over several texts: counts texts complete in every language. */
export function textsCompleteness(texts: readonly (ContentText | undefined)[]): Completeness {
  const missing = new Set<Language>();
  let done = 0;
  for (const text of texts) {
    const c = textCompleteness(text);
    if (c.missing.length === 0) {
      done++;
    }
    c.missing.forEach((l) => missing.add(l));
  }
  return { done, total: texts.length, missing: CONTENT_LANGUAGES.filter((l) => missing.has(l)) };
}

/** A copy of `text` with `language` set to `value`; an empty value removes the language. */
export function withLanguage(text: ContentText | undefined, language: Language, value: string): ContentText {
  const next: Record<string, string | undefined> = { ...(text ?? {}) };
  if (value.trim() === '') {
    delete next[language];
  } else {
    next[language] = value;
  }
  return next as ContentText;
}

/** The text without empty languages and surrounding spaces; undefined when no language is left. */
export function cleanText(text: ContentText | undefined): ContentText | undefined {
  const out: Partial<Record<Language, string>> = {};
  for (const language of CONTENT_LANGUAGES) {
    const value = present(text, language);
    if (value !== undefined) {
      out[language] = value;
    }
  }
  return Object.keys(out).length ? (out as ContentText) : undefined;
}

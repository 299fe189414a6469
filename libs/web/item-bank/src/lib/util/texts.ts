import type { ContentText, Language } from '@civics/contracts';

/** The platform languages in display order (contracts: LANGUAGES), restated to keep zod out of the bundle. */
export const ITEM_LANGUAGES: readonly Language[] = ['az', 'ru', 'en'];

function present(text: ContentText | undefined, language: Language): string | undefined {
  const value = text?.[language]?.trim();
  return value ? value : undefined;
}

/** A text as shown in one language: `from` names the language it was taken from when it is another one. */
export interface ShownText {
  readonly text: string;
  readonly from: Language | null;
}

/** The text in `language`, else in the first other language that has it (`from` says which). */
export function localize(text: ContentText | undefined, language: Language): ShownText {
  const own = present(text, language);
  if (own !== undefined) {
    return { text: own, from: null };
  }
  for (const other of ITEM_LANGUAGES) {
    const value = present(text, other);
    if (value !== undefined) {
      return { text: value, from: other };
    }
  }
  return { text: '', from: null };
}

export interface Completeness {
  readonly done: number;
  readonly total: number;
  readonly missing: readonly Language[];
}

/** How many of the platform languages a text is given in, and which ones it lacks. */
export function textCompleteness(text: ContentText | undefined): Completeness {
  const missing = ITEM_LANGUAGES.filter((l) => present(text, l) === undefined);
  return { done: ITEM_LANGUAGES.length - missing.length, total: ITEM_LANGUAGES.length, missing };
}

/** Completeness over several texts: counts the texts given in every language. */
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
  return { done, total: texts.length, missing: ITEM_LANGUAGES.filter((l) => missing.has(l)) };
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
  for (const language of ITEM_LANGUAGES) {
    const value = present(text, language);
    if (value !== undefined) {
      out[language] = value;
    }
  }
  return Object.keys(out).length ? (out as ContentText) : undefined;
}

import { LANGUAGES, type ContentText, type Language } from '@civics/contracts';

/** The text in `preferred` when present, else in the first platform language that has it. */
export function primaryText(text: ContentText, preferred: Language = 'az'): string {
  const first = [preferred, ...LANGUAGES].find((l) => !!text[l]);
  return first ? (text[first] ?? '') : '';
}

/** True when at least one language is filled (what `ContentTextSchema` requires). */
export function hasText(text: ContentText | undefined): text is ContentText {
  return !!text && LANGUAGES.some((l) => !!text[l]?.trim());
}

/** A text in one language (plain CASE packages carry one language only). */
export function textIn(language: Language, value: string | undefined): ContentText {
  return value?.trim() ? { [language]: value } : {};
}

/** Keeps only filled platform languages, so optional languages stay absent (not ''). */
export function compactText(values: Partial<Record<Language, string | undefined>>): ContentText {
  const text: ContentText = {};
  for (const l of LANGUAGES) {
    const value = values[l];
    if (value !== undefined && value.trim() !== '') text[l] = value;
  }
  return text;
}

import type { ContentText, Language } from '@civics/contracts';

const ORDER: readonly Language[] = ['az', 'ru', 'en'];

/** A content text in `language`, or else the first other language that has it. */
export function localize(text: ContentText | null | undefined, language: Language): { text: string; lang: Language | null } {
  const own = text?.[language]?.trim();
  if (own) {
    return { text: own, lang: null };
  }
  for (const other of ORDER) {
    const value = text?.[other]?.trim();
    if (value) {
      return { text: value, lang: other };
    }
  }
  return { text: '', lang: null };
}

import { z } from 'zod';

export const LANGUAGES = ['az', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'az';
export const LanguageSchema = z.enum(LANGUAGES);

/** A text a person reads, in every platform language. */
export const LocalizedTextSchema = z.strictObject({
  az: z.string().trim().min(1).max(4000),
  ru: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

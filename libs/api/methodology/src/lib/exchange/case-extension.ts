import type { ContentText, MethodologyContent, PositionProfile, ScaleLevel } from '@civics/contracts';
import { z } from 'zod';

/** Name of our extension object in `CFDocument.extensions` (documented in README.md). */
export const CIVICS_EXTENSION = 'x-civics';
export const CIVICS_EXTENSION_FORMAT = 1;

/** Texts of one CASE object in every language, keyed by the CASE field they translate. */
export type Translations = Partial<Record<'title' | 'fullStatement' | 'notes', ContentText>>;

/** What CASE cannot carry: all languages, the scale, indicator levels, profiles and rules. */
export interface CivicsExtension {
  formatVersion: typeof CIVICS_EXTENSION_FORMAT;
  code: string;
  versionNumber: number;
  /** By identifier of the CFDocument or CFItem. */
  translations: Record<string, Translations>;
  scale: ScaleLevel[];
  /** Proficiency level of each indicator item, by its identifier. */
  indicatorLevels: Record<string, number>;
  positionProfiles: PositionProfile[];
  attestationRules: MethodologyContent['attestationRules'];
  scoringRule: MethodologyContent['scoringRule'];
}

// Shapes only: the meaning (codes, levels, texts, rules) is checked on the imported content.
const Text = z.strictObject({ az: z.string().optional(), ru: z.string().optional(), en: z.string().optional() });

export const CivicsExtensionReadSchema = z.object({
  formatVersion: z.literal(CIVICS_EXTENSION_FORMAT),
  code: z.string().optional(),
  versionNumber: z.number().int().min(1).optional(),
  translations: z
    .record(z.string(), z.strictObject({ title: Text.optional(), fullStatement: Text.optional(), notes: Text.optional() }))
    .optional(),
  scale: z.array(z.strictObject({ level: z.number(), label: Text, descriptor: Text })).optional(),
  indicatorLevels: z.record(z.string(), z.number()).optional(),
  positionProfiles: z
    .array(
      z.strictObject({
        code: z.string(),
        title: Text,
        description: Text,
        requirements: z.array(
          z.strictObject({
            competencyCode: z.string(),
            requiredLevel: z.number(),
            weight: z.number().optional(),
            critical: z.boolean().optional(),
          }),
        ),
      }),
    )
    .optional(),
  attestationRules: z.record(z.string(), z.unknown()).optional(),
  scoringRule: z.record(z.string(), z.unknown()).optional(),
});
export type CivicsExtensionRead = z.infer<typeof CivicsExtensionReadSchema>;

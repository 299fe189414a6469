import type { ImportProblem, ItemContent, Language } from '@civics/contracts';

/** What an item that does not say it itself is filed under. */
export interface QtiDefaults {
  competencyCode: string;
  level: number;
  language: Language;
}

export type QtiProblem = ImportProblem;

export type QtiParseResult =
  | {
      ok: true;
      ref: string;
      content: ItemContent;
      needsKey: boolean;
      warnings: string[];
    }
  | { ok: false; problems: QtiProblem[] };

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const RP_BASE = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';
export const RP_MATCH_CORRECT = `${RP_BASE}match_correct.xml`;
export const RP_MAP_RESPONSE = `${RP_BASE}map_response.xml`;

/** Our extension (README.md): attributes and class names a foreign player simply ignores. */
export const CIVICS = {
  competencyAttr: 'data-civics-competency',
  levelAttr: 'data-civics-level',
  trueFalseClass: 'civics-true-false',
  unitClass: 'civics-unit',
  explanationUse: 'civics-explanation',
  maxScore: 'MAXSCORE',
} as const;

export const SUPPORTED_INTERACTIONS = [
  'qti-choice-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
  'qti-text-entry-interaction',
  'qti-extended-text-interaction',
] as const;
export type SupportedInteraction = (typeof SUPPORTED_INTERACTIONS)[number];

/** Collects what the reader finds on the way; `fail` marks the item as not importable. */
export interface ReadContext {
  readonly language: Language;
  warn(message: string): void;
  fail(code: string, message: string, element?: string): void;
}

import type { ContentText, ImportProblem, MethodologyContent } from '@civics/contracts';

/** The methodology version that travels through an exchange format. */
export interface ExchangeVersion {
  code: string;
  title: ContentText;
  versionNumber: number;
  content: MethodologyContent;
}

/** Outcome of an import: the version, or every problem found (never a partial version). */
export type ImportResult = { ok: true; version: ExchangeVersion } | { ok: false; problems: ImportProblem[] };

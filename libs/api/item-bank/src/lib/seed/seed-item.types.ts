import type { AnswerKey, Interaction } from '@civics/contracts';

/** A text in all three platform languages. */
export interface SeedText {
  readonly az: string;
  readonly ru: string;
  readonly en: string;
}

/** One seed item; `ref` is its stable identity across versions (e.g. `DF1-2-a`). */
export interface SeedItem {
  readonly ref: string;
  readonly competencyCode: string;
  readonly level: number;
  readonly stem: SeedText;
  readonly interaction: Interaction;
  readonly key: AnswerKey;
  readonly explanation: SeedText;
}

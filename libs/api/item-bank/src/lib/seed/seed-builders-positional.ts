import type { AnswerKey, Interaction } from '@civics/contracts';
import type { SeedItem, SeedText } from './seed-item.types';

/* Positional builders for seed items (EG and PM areas); the ref names the competency and level. */

export const t = (az: string, ru: string, en: string): SeedText => ({ az, ru, en });

export type OptionId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
const OPTION_IDS: readonly OptionId[] = ['a', 'b', 'c', 'd', 'e', 'f'];
export const options = (texts: readonly SeedText[]) => texts.map((text, i) => ({ id: OPTION_IDS[i], text }));
export const premises = (texts: readonly SeedText[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
export const responses = (texts: readonly SeedText[]) => texts.map((text, i) => ({ id: `r${i + 1}`, text }));

function item(ref: string, stem: SeedText, interaction: Interaction, key: AnswerKey, explanation: SeedText): SeedItem {
  const m = /^([A-Z]{2}\d+)-(\d+)-[a-z]$/.exec(ref);
  if (!m) throw new Error(`Bad seed item ref: ${ref}`);
  return { ref, competencyCode: m[1], level: Number(m[2]), stem, interaction, key, explanation };
}

export const singleChoice = (ref: string, stem: SeedText, opts: readonly SeedText[], correct: OptionId, explanation: SeedText) =>
  item(ref, stem, { type: 'single_choice', options: options(opts) }, { type: 'single_choice', correct }, explanation);

export const multipleResponse = (
  ref: string,
  stem: SeedText,
  opts: readonly SeedText[],
  correct: readonly OptionId[],
  explanation: SeedText,
) =>
  item(
    ref,
    stem,
    { type: 'multiple_response', options: options(opts) },
    { type: 'multiple_response', correct: [...correct], partialCredit: false },
    explanation,
  );

export const trueFalse = (ref: string, stem: SeedText, correct: boolean, explanation: SeedText) =>
  item(ref, stem, { type: 'true_false' }, { type: 'true_false', correct }, explanation);

export const ordering = (ref: string, stem: SeedText, opts: readonly SeedText[], order: readonly OptionId[], explanation: SeedText) =>
  item(ref, stem, { type: 'ordering', options: options(opts) }, { type: 'ordering', order: [...order] }, explanation);

export const matching = (
  ref: string,
  stem: SeedText,
  left: readonly SeedText[],
  right: readonly SeedText[],
  pairs: readonly (readonly [string, string])[],
  explanation: SeedText,
) =>
  item(
    ref,
    stem,
    { type: 'matching', premises: premises(left), responses: responses(right) },
    { type: 'matching', pairs: pairs.map(([p, r]) => [p, r] as [string, string]), partialCredit: false },
    explanation,
  );

export const numeric = (ref: string, stem: SeedText, value: number, unit: SeedText, explanation: SeedText) =>
  item(ref, stem, { type: 'numeric', unit }, { type: 'numeric', value, tolerance: 0 }, explanation);

export const shortText = (ref: string, stem: SeedText, accepted: readonly string[], explanation: SeedText) =>
  item(ref, stem, { type: 'short_text', maxLength: 100 }, { type: 'short_text', accepted: [...accepted] }, explanation);

import type { AnswerKey, ChoiceOption, Interaction } from '@civics/contracts';
import type { SeedItem, SeedText } from './seed-item.types';

/*
 * Builders for seed items, shared by the area files. The competency and level come from the
 * ref (`DF1-2-b`), so an item cannot claim a cell its ref does not name.
 */

export const t = (az: string, ru: string, en: string): SeedText => ({ az, ru, en });

interface Base {
  readonly ref: string;
  readonly stem: SeedText;
  readonly explanation: SeedText;
}

const OPTION_IDS = 'abcdefghijkl';
const lettered = (texts: readonly SeedText[]): ChoiceOption[] => texts.map((text, i) => ({ id: OPTION_IDS.charAt(i), text }));
const numbered = (prefix: string, texts: readonly SeedText[]): ChoiceOption[] =>
  texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));

function item(base: Base, interaction: Interaction, key: AnswerKey): SeedItem {
  const match = /^([A-Z]{2}[0-9])-([1-4])-[a-z]$/.exec(base.ref);
  if (!match) throw new Error(`Invalid seed item ref: ${base.ref}`);
  const [, competencyCode = '', level = '0'] = match;
  return { ref: base.ref, competencyCode, level: Number(level), stem: base.stem, interaction, key, explanation: base.explanation };
}

export const single = (b: Base & { readonly options: readonly SeedText[]; readonly correct: string }): SeedItem =>
  item(b, { type: 'single_choice', options: lettered(b.options) }, { type: 'single_choice', correct: b.correct });

export const multi = (b: Base & { readonly options: readonly SeedText[]; readonly correct: readonly string[] }): SeedItem =>
  item(
    b,
    { type: 'multiple_response', options: lettered(b.options) },
    { type: 'multiple_response', correct: [...b.correct], partialCredit: false },
  );

export const trueFalse = (b: Base & { readonly correct: boolean }): SeedItem =>
  item(b, { type: 'true_false' }, { type: 'true_false', correct: b.correct });

export const ordering = (b: Base & { readonly options: readonly SeedText[]; readonly order: readonly string[] }): SeedItem =>
  item(b, { type: 'ordering', options: lettered(b.options) }, { type: 'ordering', order: [...b.order] });

export const matching = (
  b: Base & {
    readonly premises: readonly SeedText[];
    readonly responses: readonly SeedText[];
    readonly pairs: readonly (readonly [string, string])[];
  },
): SeedItem =>
  item(
    b,
    { type: 'matching', premises: numbered('p', b.premises), responses: numbered('r', b.responses) },
    { type: 'matching', pairs: b.pairs.map(([p, r]): [string, string] => [p, r]), partialCredit: false },
  );

export const numeric = (b: Base & { readonly unit?: SeedText; readonly value: number; readonly tolerance: number }): SeedItem =>
  item(b, b.unit ? { type: 'numeric', unit: b.unit } : { type: 'numeric' }, { type: 'numeric', value: b.value, tolerance: b.tolerance });

export const shortText = (b: Base & { readonly accepted: readonly string[] }): SeedItem =>
  item(b, { type: 'short_text', maxLength: 100 }, { type: 'short_text', accepted: [...b.accepted] });

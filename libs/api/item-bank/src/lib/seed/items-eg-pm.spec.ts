import { AnswerKeySchema, InteractionSchema } from '@civics/contracts';
import type { SeedItem, SeedText } from './seed-item.types';
import { ITEMS_EG } from './items-eg';
import { ITEMS_PM } from './items-pm';

const LANGS = ['az', 'ru', 'en'] as const;
const LEVELS = [1, 2, 3, 4];

const AREAS: readonly { area: string; items: readonly SeedItem[]; competencies: readonly string[] }[] = [
  { area: 'EG', items: ITEMS_EG, competencies: ['EG1', 'EG2', 'EG3'] },
  { area: 'PM', items: ITEMS_PM, competencies: ['PM1', 'PM2', 'PM3', 'PM4'] },
];
const ALL: readonly SeedItem[] = AREAS.flatMap((a) => a.items);

/** Every text of an item (stem, explanation, options, premises, responses) with a label for messages. */
function textsOf(item: SeedItem): [string, SeedText][] {
  const out: [string, SeedText][] = [
    ['stem', item.stem],
    ['explanation', item.explanation],
  ];
  const i = item.interaction;
  if ('options' in i) i.options.forEach((o) => out.push([`option ${o.id}`, o.text as SeedText]));
  if (i.type === 'matching') {
    i.premises.forEach((o) => out.push([`premise ${o.id}`, o.text as SeedText]));
    i.responses.forEach((o) => out.push([`response ${o.id}`, o.text as SeedText]));
  }
  if (i.type === 'numeric' && i.unit) out.push(['unit', i.unit as SeedText]);
  return out;
}

/** Problems with the key's references to the interaction's ids (empty when consistent). */
function keyProblems(item: SeedItem): string[] {
  const { interaction: i, key: k } = item;
  const problems: string[] = [];
  const ids = 'options' in i ? new Set(i.options.map((o) => o.id)) : new Set<string>();
  if ('options' in i && ids.size !== i.options.length) problems.push('duplicate option ids');
  if (k.type === 'single_choice' && !ids.has(k.correct)) problems.push(`unknown option ${k.correct}`);
  if (k.type === 'multiple_response') {
    if (new Set(k.correct).size !== k.correct.length) problems.push('duplicate correct ids');
    k.correct.filter((c) => !ids.has(c)).forEach((c) => problems.push(`unknown option ${c}`));
    if (k.correct.length >= ids.size) problems.push('every option is correct');
    if (k.partialCredit !== false) problems.push('partialCredit must be false');
  }
  if (k.type === 'ordering') {
    const sorted = [...k.order].sort();
    if (sorted.join() !== [...ids].sort().join()) problems.push('order is not a permutation of the option ids');
    if ('options' in i && k.order.join() === i.options.map((o) => o.id).join()) problems.push('options already in key order');
  }
  if (k.type === 'matching' && i.type === 'matching') {
    const ps = new Set(i.premises.map((p) => p.id));
    const rs = new Set(i.responses.map((r) => r.id));
    k.pairs.forEach(([p, r]) => {
      if (!ps.has(p)) problems.push(`unknown premise ${p}`);
      if (!rs.has(r)) problems.push(`unknown response ${r}`);
    });
    if (new Set(k.pairs.map(([p]) => p)).size !== ps.size || k.pairs.length !== ps.size)
      problems.push('each premise must be paired exactly once');
    if (new Set(k.pairs.map(([, r]) => r)).size !== k.pairs.length) problems.push('a response is used twice');
  }
  if (k.type === 'short_text' && k.accepted.some((a) => !a.trim())) problems.push('empty accepted answer');
  return problems;
}

describe('seed items EG and PM', () => {
  it('holds at least 84 items (7 competencies × 4 levels × 3)', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(84);
  });

  it('refs are unique and encode competency and level', () => {
    const refs = ALL.map((i) => i.ref);
    expect(new Set(refs).size).toBe(refs.length);
    for (const item of ALL) {
      expect(item.ref).toMatch(new RegExp(`^${item.competencyCode}-${item.level}-[a-z]$`));
    }
  });

  describe.each(AREAS.map((a) => [a.area, a] as const))('area %s', (_area, { items, competencies }) => {
    it('only holds items of its competencies', () => {
      expect(items.filter((i) => !competencies.includes(i.competencyCode))).toEqual([]);
    });

    it.each(competencies)('%s has at least 3 items at every level 1..4', (code) => {
      for (const level of LEVELS) {
        const n = items.filter((i) => i.competencyCode === code && i.level === level).length;
        expect({ code, level, enough: n >= 3 }).toEqual({ code, level, enough: true });
      }
      expect(items.filter((i) => i.competencyCode === code && !LEVELS.includes(i.level))).toEqual([]);
    });

    it.each(competencies)('%s has a multiple_response and a true_false item', (code) => {
      const types = new Set(items.filter((i) => i.competencyCode === code).map((i) => i.interaction.type));
      expect(types.has('multiple_response')).toBe(true);
      expect(types.has('true_false')).toBe(true);
    });

    it('single-choice correct answers are spread over at least 3 positions', () => {
      const positions = new Set(
        items.flatMap((i) => {
          if (i.key.type !== 'single_choice' || i.interaction.type !== 'single_choice') return [];
          const correct = i.key.correct;
          return [i.interaction.options.findIndex((o) => o.id === correct)];
        }),
      );
      expect(positions.size).toBeGreaterThanOrEqual(3);
    });
  });

  it.each(ALL.map((i) => [i.ref, i] as const))('%s is complete and consistent', (_ref, item) => {
    for (const [label, text] of textsOf(item)) {
      for (const lang of LANGS) {
        expect({ label, lang, filled: typeof text[lang] === 'string' && text[lang].trim().length > 0 }).toEqual({
          label,
          lang,
          filled: true,
        });
      }
    }
    expect(InteractionSchema.safeParse(item.interaction).success).toBe(true);
    expect(AnswerKeySchema.safeParse(item.key).success).toBe(true);
    expect(item.key.type).toBe(item.interaction.type);
    expect(keyProblems(item)).toEqual([]);
    if (item.interaction.type === 'single_choice' || item.interaction.type === 'multiple_response') {
      expect(item.interaction.options.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('mixes the item types across the areas', () => {
    const count = (type: string) => ALL.filter((i) => i.interaction.type === type).length;
    const singleChoice = count('single_choice');
    expect(singleChoice).toBeGreaterThan(ALL.length / 2);
    expect(count('ordering')).toBeGreaterThanOrEqual(3);
    expect(count('matching')).toBeGreaterThanOrEqual(3);
    expect(count('numeric')).toBeGreaterThanOrEqual(2);
    expect(count('short_text')).toBeGreaterThanOrEqual(2);
  });

  it('uses only the letters of Latin Azerbaijani in az texts (no Cyrillic, no look-alike letters)', () => {
    for (const item of ALL) {
      for (const [label, text] of textsOf(item)) {
        expect({ ref: item.ref, label, cyrillic: /[\u0400-\u04FF]/.test(text.az) }).toEqual({ ref: item.ref, label, cyrillic: false });
        // Turkish/other look-alikes that are not Azerbaijani letters: ä (schwa is ə), â, î, û.
        expect({ ref: item.ref, label, lookalike: /[äâîûÄ]/.test(text.az) }).toEqual({ ref: item.ref, label, lookalike: false });
      }
    }
  });
});

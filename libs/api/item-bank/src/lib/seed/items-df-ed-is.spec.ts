import { AnswerKeySchema, InteractionSchema } from '@civics/contracts';
import type { SeedItem, SeedText } from './seed-item.types';
import { ITEMS_DF } from './items-df';
import { ITEMS_ED } from './items-ed';
import { ITEMS_IS } from './items-is';

const AREAS: Record<string, readonly SeedItem[]> = { DF: ITEMS_DF, ED: ITEMS_ED, IS: ITEMS_IS };
const ALL: readonly SeedItem[] = [...ITEMS_DF, ...ITEMS_ED, ...ITEMS_IS];
const COMPETENCIES = ['DF1', 'DF2', 'DF3', 'ED1', 'ED2', 'ED3', 'IS1', 'IS2', 'IS3'];
const LEVELS = [1, 2, 3, 4];
const LANGS = ['az', 'ru', 'en'] as const;
const AZ_LETTERS = /[əğışçöüƏĞIŞÇÖÜİ]/;

/** Every trilingual text of an item: stem, explanation, options, premises, responses and unit. */
function textsOf(item: SeedItem): SeedText[] {
  const texts: SeedText[] = [item.stem, item.explanation];
  const ia = item.interaction;
  const toSeed = (t: { az?: string; ru?: string; en?: string }): SeedText => ({ az: t.az ?? '', ru: t.ru ?? '', en: t.en ?? '' });
  if (ia.type === 'single_choice' || ia.type === 'multiple_response' || ia.type === 'ordering')
    texts.push(...ia.options.map((o) => toSeed(o.text)));
  if (ia.type === 'matching') texts.push(...ia.premises.map((o) => toSeed(o.text)), ...ia.responses.map((o) => toSeed(o.text)));
  if (ia.type === 'numeric' && ia.unit) texts.push(toSeed(ia.unit));
  return texts;
}

function optionIds(item: SeedItem): string[] {
  const ia = item.interaction;
  return ia.type === 'single_choice' || ia.type === 'multiple_response' || ia.type === 'ordering' ? ia.options.map((o) => o.id) : [];
}

describe('seed items DF, ED, IS', () => {
  it('has at least 108 items', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(108);
  });

  it.each(COMPETENCIES.flatMap((c) => LEVELS.map((l) => [c, l] as const)))('has at least 3 items for %s level %i', (code, level) => {
    expect(ALL.filter((i) => i.competencyCode === code && i.level === level).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps each area file to its own competencies', () => {
    for (const [area, items] of Object.entries(AREAS)) for (const item of items) expect(item.competencyCode.startsWith(area)).toBe(true);
  });

  it('has unique refs that agree with competency and level', () => {
    const refs = ALL.map((i) => i.ref);
    expect(new Set(refs).size).toBe(refs.length);
    for (const item of ALL) expect(item.ref).toMatch(new RegExp(`^${item.competencyCode}-${item.level}-[a-z]$`));
  });

  it('gives every text in az, ru and en', () => {
    for (const item of ALL)
      for (const text of textsOf(item))
        for (const lang of LANGS)
          expect({ ref: item.ref, lang, ok: text[lang].trim().length > 0 }).toEqual({ ref: item.ref, lang, ok: true });
  });

  it('parses every interaction and key, and the key type matches the interaction type', () => {
    for (const item of ALL) {
      const interaction = InteractionSchema.safeParse(item.interaction);
      const key = AnswerKeySchema.safeParse(item.key);
      expect({ ref: item.ref, interaction: interaction.success, key: key.success }).toEqual({
        ref: item.ref,
        interaction: true,
        key: true,
      });
      expect({ ref: item.ref, type: item.key.type }).toEqual({ ref: item.ref, type: item.interaction.type });
    }
  });

  it('has keys that reference existing option ids', () => {
    for (const item of ALL) {
      const ids = optionIds(item);
      const { key, interaction } = item;
      if (key.type === 'single_choice') expect(ids).toContain(key.correct);
      if (key.type === 'multiple_response') {
        expect(key.correct.length).toBeGreaterThan(0);
        expect(key.partialCredit).toBe(false);
        for (const id of key.correct) expect(ids).toContain(id);
      }
      if (key.type === 'ordering') expect([...key.order].sort()).toEqual([...ids].sort());
      if (key.type === 'matching' && interaction.type === 'matching') {
        const premises = interaction.premises.map((p) => p.id);
        const responses = interaction.responses.map((r) => r.id);
        expect(key.pairs.map(([p]) => p).sort()).toEqual([...premises].sort());
        for (const [, r] of key.pairs) expect(responses).toContain(r);
      }
      if (key.type === 'short_text') expect(key.accepted.length).toBeGreaterThan(0);
    }
  });

  it('uses four options a..d for single choice and an ordering that differs from the display order', () => {
    for (const item of ALL) {
      if (item.interaction.type === 'single_choice') expect(optionIds(item)).toEqual(['a', 'b', 'c', 'd']);
      if (item.key.type === 'ordering') expect(item.key.order).not.toEqual(optionIds(item));
    }
  });

  it('spreads single-choice correct answers over at least 3 positions', () => {
    const positions = new Set(ALL.flatMap((i) => (i.key.type === 'single_choice' ? [i.key.correct] : [])));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('mixes item types per competency and across the three areas', () => {
    for (const code of COMPETENCIES) {
      const types = new Set(ALL.filter((i) => i.competencyCode === code).map((i) => i.interaction.type));
      expect({ code, mr: types.has('multiple_response'), tf: types.has('true_false') }).toEqual({ code, mr: true, tf: true });
    }
    const count = (type: string) => ALL.filter((i) => i.interaction.type === type).length;
    expect(count('ordering')).toBeGreaterThanOrEqual(3);
    expect(count('matching')).toBeGreaterThanOrEqual(3);
    expect(count('numeric')).toBeGreaterThanOrEqual(2);
    expect(count('short_text')).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.keys(AREAS))('has Azerbaijani-specific letters in the az texts of area %s', (area) => {
    const az = (AREAS[area] ?? []).flatMap((i) => textsOf(i).map((t) => t.az)).join(' ');
    expect(az).toMatch(AZ_LETTERS);
  });
});

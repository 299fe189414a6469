import type { ItemContent } from '@civics/contracts';
import { XMLValidator } from 'fast-xml-parser';
import { parseQtiItem } from './qti-parse';
import { QTI_NS, RP_MAP_RESPONSE, RP_MATCH_CORRECT } from './qti-types';
import { toQtiItem } from './qti-write';

const defaults = { competencyCode: 'XX1', level: 1, language: 'en' as const };

const base = {
  competencyCode: 'DF1',
  level: 2,
  points: 1,
  scenarioId: null,
  stem: {
    az: 'Elektron imza nədir?\n\nBir cavab seçin.',
    ru: 'Что такое электронная подпись?\n\nВыберите один ответ.',
    en: 'What is an electronic signature?\n\nChoose one answer & explain <why>.',
  },
};
const text = (en: string) => ({ az: `${en} (az)`, ru: `${en} (ru)`, en });

/** One item per type, plus the variants that write differently (partial credit, tolerance, several answers, no key). */
const ITEMS: { ref: string; content: ItemContent }[] = [
  {
    ref: 'ED2-sc-1',
    content: {
      ...base,
      interaction: {
        type: 'single_choice',
        options: [
          { id: 'A', text: text('A seal') },
          { id: 'B', text: text('A scan "of" ink') },
          { id: 'C', text: text('A password') },
        ],
      },
      key: { type: 'single_choice', correct: 'B' },
      points: 2,
      explanation: {
        az: 'İzah.',
        ru: 'Пояснение.\n\nВторой абзац.',
        en: 'Because.',
      },
    },
  },
  {
    ref: 'ED2-mr-1',
    content: {
      ...base,
      level: 3,
      interaction: {
        type: 'multiple_response',
        options: [
          { id: 'a', text: text('one') },
          { id: 'b', text: text('two') },
          { id: 'c', text: text('three') },
        ],
      },
      key: {
        type: 'multiple_response',
        correct: ['a', 'c'],
        partialCredit: false,
      },
    },
  },
  {
    ref: 'ED2-mr-2',
    content: {
      ...base,
      interaction: {
        type: 'multiple_response',
        options: [
          { id: 'a', text: text('one') },
          { id: 'b', text: text('two') },
          { id: 'c', text: text('three') },
        ],
      },
      key: { type: 'multiple_response', correct: ['b'], partialCredit: true },
    },
  },
  {
    ref: 'IS1-tf-1',
    content: {
      ...base,
      interaction: { type: 'true_false' },
      key: { type: 'true_false', correct: false },
      points: 0.5,
    },
  },
  {
    ref: 'PM1-ord-1',
    content: {
      ...base,
      interaction: {
        type: 'ordering',
        options: [
          { id: 'x1', text: text('plan') },
          { id: 'x2', text: text('do') },
          { id: 'x3', text: text('check') },
        ],
      },
      key: { type: 'ordering', order: ['x1', 'x2', 'x3'] },
    },
  },
  {
    ref: 'EG3-match-1',
    content: {
      ...base,
      interaction: {
        type: 'matching',
        premises: [
          { id: 'P1', text: text('law') },
          { id: 'P2', text: text('decree') },
        ],
        responses: [
          { id: 'R1', text: text('parliament') },
          { id: 'R2', text: text('president') },
          { id: 'R3', text: text('court') },
        ],
      },
      key: {
        type: 'matching',
        pairs: [
          ['P1', 'R1'],
          ['P2', 'R2'],
        ],
        partialCredit: true,
      },
    },
  },
  {
    ref: 'EG3-match-2',
    content: {
      ...base,
      interaction: {
        type: 'matching',
        premises: [
          { id: 'P1', text: text('a') },
          { id: 'P2', text: text('b') },
        ],
        responses: [
          { id: 'R1', text: text('c') },
          { id: 'R2', text: text('d') },
        ],
      },
      key: {
        type: 'matching',
        pairs: [
          ['P1', 'R2'],
          ['P2', 'R1'],
        ],
        partialCredit: false,
      },
    },
  },
  {
    ref: 'DF2-num-1',
    content: {
      ...base,
      interaction: {
        type: 'numeric',
        unit: { az: 'gün', ru: 'дней', en: 'days' },
      },
      key: { type: 'numeric', value: 30, tolerance: 0 },
    },
  },
  {
    ref: 'DF2-num-2',
    content: {
      ...base,
      interaction: { type: 'numeric' },
      key: { type: 'numeric', value: -2.75, tolerance: 0.25 },
    },
  },
  {
    ref: 'DF3-st-1',
    content: {
      ...base,
      interaction: { type: 'short_text', maxLength: 40 },
      key: { type: 'short_text', accepted: ['ASAN'] },
    },
  },
  {
    ref: 'DF3-st-2',
    content: {
      ...base,
      interaction: { type: 'short_text', maxLength: 100 },
      key: { type: 'short_text', accepted: ['Bakı', 'Baku', 'Баку'] },
    },
  },
  {
    ref: 'DF3-draft',
    content: {
      ...base,
      stem: { ru: 'Только по-русски.' },
      interaction: { type: 'short_text', maxLength: 100 },
      key: null,
    },
  },
  {
    ref: 'PM2-ord-draft',
    content: {
      ...base,
      interaction: {
        type: 'ordering',
        options: [
          { id: 'A', text: { en: 'a' } },
          { id: 'B', text: { en: 'b' } },
        ],
      },
      key: null,
    },
  },
];

describe('toQtiItem', () => {
  it.each(ITEMS.map((i) => [i.content.interaction.type, i.ref, i] as const))(
    '%s %s round-trips through parseQtiItem',
    (_type, _ref, item) => {
      const xml = toQtiItem(item);
      expect(XMLValidator.validate(xml)).toBe(true);
      const back = parseQtiItem(xml, `${item.ref}.xml`, defaults);
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      expect(back.ref).toBe(item.ref);
      expect(back.content).toEqual(item.content);
      expect(back.needsKey).toBe(item.content.key === null);
      expect(back.warnings).toEqual(item.content.key ? [] : ['no correct response: imported as a draft that needs an answer key']);
    },
  );

  it('writes a QTI 3.0 item: namespace, declarations, body, template', () => {
    const xml = toQtiItem(ITEMS[0]);
    expect(xml).toContain(`<qti-assessment-item xmlns="${QTI_NS}"`);
    expect(xml).toContain('<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">');
    expect(xml).toContain('<qti-correct-response>');
    expect(xml).toContain('<qti-outcome-declaration identifier="SCORE"');
    expect(xml).toContain('<qti-choice-interaction response-identifier="RESPONSE" max-choices="1"');
    expect(xml).toContain(`template="${RP_MATCH_CORRECT}"`);
    expect(xml).toContain('data-civics-competency="DF1" data-civics-level="2"');
    expect(xml).toContain('&amp; explain &lt;why&gt;');
  });

  it('writes partial credit as a mapping with map_response', () => {
    const xml = toQtiItem(ITEMS[2]);
    expect(xml).toContain('<qti-mapping default-value="0" lower-bound="0" upper-bound="1">');
    expect(xml).toContain('<qti-map-entry map-key="a" mapped-value="-1"/>');
    expect(xml).toContain(`template="${RP_MAP_RESPONSE}"`);
  });

  it('writes a numeric tolerance as toleranced equality', () => {
    expect(toQtiItem(ITEMS[8])).toContain('<qti-equal tolerance-mode="absolute" tolerance="0.25 0.25">');
  });

  it('writes a draft without correct response or response processing', () => {
    const xml = toQtiItem(ITEMS[11]);
    expect(xml).not.toContain('qti-correct-response');
    expect(xml).not.toContain('qti-response-processing');
    expect(xml).toContain('xml:lang="ru"');
  });
});

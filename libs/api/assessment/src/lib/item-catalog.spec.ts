import type { ItemEntity } from '@civics/api-item-bank';
import { answerFitsItem, deliveredView } from './item-catalog';

const text = (en: string) => ({ az: en, ru: en, en });

function item(content: Partial<ItemEntity['content']>): ItemEntity {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    ref: 'T-1',
    version: 1,
    status: 'active',
    type: content.interaction?.type ?? 'single_choice',
    competencyCode: 'IS1',
    level: 2,
    content: {
      competencyCode: 'IS1',
      level: 2,
      stem: text('Which one?'),
      interaction: { type: 'single_choice', options: ['a', 'b', 'c'].map((id) => ({ id, text: text(id) })) },
      key: { type: 'single_choice', correct: 'b' },
      points: 1,
      explanation: text('Because b.'),
      scenarioId: null,
      ...content,
    },
    irt: null,
    reviewNote: null,
    authorAccountId: null,
    reviewerAccountId: null,
    usageCount: 0,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
}

describe('deliveredView', () => {
  it('sends the stem and options in the attempt order, and never the key or explanation', () => {
    const view = deliveredView(item({}), 4, ['c', 'a', 'b']);
    expect(view.position).toBe(4);
    expect(view.interaction.type === 'single_choice' && view.interaction.options.map((o) => o.id)).toEqual(['c', 'a', 'b']);
    expect(JSON.stringify(view)).not.toMatch(/correct|Because/);
  });

  it('shuffles the responses of a matching item, not its premises', () => {
    const matching = item({
      interaction: {
        type: 'matching',
        premises: ['p1', 'p2'].map((id) => ({ id, text: text(id) })),
        responses: ['r1', 'r2', 'r3'].map((id) => ({ id, text: text(id) })),
      },
      key: { type: 'matching', pairs: [['p1', 'r2']], partialCredit: false },
    });
    const view = deliveredView(matching, 0, ['r3', 'r1', 'r2']);
    if (view.interaction.type !== 'matching') throw new Error('expected matching');
    expect(view.interaction.premises.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(view.interaction.responses.map((r) => r.id)).toEqual(['r3', 'r1', 'r2']);
  });
});

describe('answerFitsItem', () => {
  it('accepts an answer of the item type naming its own options only', () => {
    const i = item({});
    expect(answerFitsItem(i, { type: 'single_choice', choice: 'a' })).toBe(true);
    expect(answerFitsItem(i, { type: 'single_choice', choice: 'z' })).toBe(false);
    expect(answerFitsItem(i, { type: 'true_false', value: true })).toBe(false);
  });

  it('checks matching pairs against premises and responses, and short text against its length', () => {
    const matching = item({
      interaction: {
        type: 'matching',
        premises: [
          { id: 'p1', text: text('p1') },
          { id: 'p2', text: text('p2') },
        ],
        responses: [
          { id: 'r1', text: text('r1') },
          { id: 'r2', text: text('r2') },
        ],
      },
      key: { type: 'matching', pairs: [['p1', 'r1']], partialCredit: false },
    });
    expect(answerFitsItem(matching, { type: 'matching', pairs: [['p1', 'r2']] })).toBe(true);
    expect(answerFitsItem(matching, { type: 'matching', pairs: [['r1', 'p1']] })).toBe(false);
    const short = item({ interaction: { type: 'short_text', maxLength: 5 }, key: { type: 'short_text', accepted: ['abc'] } });
    expect(answerFitsItem(short, { type: 'short_text', text: 'abc' })).toBe(true);
    expect(answerFitsItem(short, { type: 'short_text', text: 'abcdef' })).toBe(false);
  });
});

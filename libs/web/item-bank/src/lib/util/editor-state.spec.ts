import type { ItemContent } from '@civics/contracts';
import {
  addOption,
  buildContent,
  buildInteraction,
  buildKey,
  editorStateFromContent,
  emptyEditorState,
  moveInList,
  nextOptionId,
  parseNumber,
  removeOption,
  setOptionText,
  withType,
  type EditorState,
} from './editor-state';

const text = (en: string) => ({ az: `${en} (az)`, ru: `${en} (ru)`, en });

function singleChoice(): EditorState {
  let s = emptyEditorState();
  s = { ...s, competencyCode: 'DF1', level: 2, stem: text('Which file format keeps the layout?') };
  for (const [i, o] of s.options.entries()) {
    s = setOptionText(s, 'options', o.id, text(`Option ${i + 1}`));
  }
  return s;
}

describe('editor state', () => {
  it('starts as a single choice with four options A–D and no key', () => {
    const s = emptyEditorState();
    expect(s.type).toBe('single_choice');
    expect(s.options.map((o) => o.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(buildKey(s)).toBeNull();
  });

  it('builds the single-choice key only from an existing option', () => {
    const s = singleChoice();
    expect(buildKey({ ...s, correctOne: 'C' })).toEqual({ type: 'single_choice', correct: 'C' });
    expect(buildKey({ ...s, correctOne: 'Z' })).toBeNull();
    // Removing the correct option clears the key.
    expect(buildKey(removeOption({ ...s, correctOne: 'C' }, 'options', 'C'))).toBeNull();
  });

  it('keeps the multiple-response key in option order, with partial credit', () => {
    const s = { ...withType(singleChoice(), 'multiple_response'), correctMany: ['C', 'A'], partialCredit: true };
    expect(buildKey(s)).toEqual({ type: 'multiple_response', correct: ['A', 'C'], partialCredit: true });
    expect(buildKey({ ...s, correctMany: [] })).toBeNull();
  });

  it('builds true/false only once the author has said which', () => {
    const s = withType(singleChoice(), 'true_false');
    expect(s.options).toEqual([]);
    expect(buildKey(s)).toBeNull();
    expect(buildKey({ ...s, trueFalse: false })).toEqual({ type: 'true_false', correct: false });
  });

  it('keeps the ordering key in step with added, moved and removed options', () => {
    let s = withType(singleChoice(), 'ordering');
    expect(s.order).toEqual(['A', 'B', 'C', 'D']);
    s = addOption(s, 'options');
    expect(s.order).toEqual(['A', 'B', 'C', 'D', 'E']);
    s = { ...s, order: moveInList(s.order, 4, -4) };
    s = removeOption(s, 'options', 'B');
    expect(buildKey(s)).toEqual({ type: 'ordering', order: ['E', 'A', 'C', 'D'] });
  });

  it('needs every premise paired for a matching key', () => {
    let s = withType(singleChoice(), 'matching');
    expect(s.options.map((o) => o.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(s.responses.map((o) => o.id)).toEqual(['R1', 'R2']);
    s = { ...s, pairs: { P1: 'R1', P2: 'R2', P3: 'R1' } };
    expect(buildKey(s)).toBeNull();
    s = { ...s, pairs: { ...s.pairs, P4: 'R2' } };
    expect(buildKey(s)).toEqual({
      type: 'matching',
      pairs: [
        ['P1', 'R1'],
        ['P2', 'R2'],
        ['P3', 'R1'],
        ['P4', 'R2'],
      ],
      partialCredit: false,
    });
    // A removed response unpairs its premises.
    expect(buildKey(removeOption(s, 'responses', 'R2'))).toBeNull();
  });

  it('reads numbers with a comma or a point, and refuses anything else', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' -3.25 ')).toBe(-3.25);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
    const s = { ...withType(singleChoice(), 'numeric'), numericValue: '12,5', tolerance: '0,5' };
    expect(buildKey(s)).toEqual({ type: 'numeric', value: 12.5, tolerance: 0.5 });
    expect(buildKey({ ...s, numericValue: 'abc' })).toBeNull();
  });

  it('trims and deduplicates accepted short answers', () => {
    const s = { ...withType(singleChoice(), 'short_text'), accepted: [' ASAN ', '', 'ASAN', 'asan xidmət'] };
    expect(buildKey(s)).toEqual({ type: 'short_text', accepted: ['ASAN', 'asan xidmət'] });
    expect(buildKey({ ...s, accepted: ['  '] })).toBeNull();
  });

  it('gives new options the first free id', () => {
    expect(nextOptionId(['A', 'C'], 'options', 'single_choice')).toBe('B');
    expect(nextOptionId(['P1', 'R1'], 'responses', 'matching')).toBe('R2');
  });

  it('builds the content to save: trimmed texts, no empty languages, the key', () => {
    const s = { ...singleChoice(), stem: { az: ' Sual ', ru: '', en: 'Question' }, correctOne: 'A', points: '1,5' };
    const content = buildContent(s);
    expect(content.stem).toEqual({ az: 'Sual', en: 'Question' });
    expect(content.points).toBe(1.5);
    expect(content.key).toEqual({ type: 'single_choice', correct: 'A' });
    expect(content.explanation).toBeUndefined();
    expect(buildInteraction(s)).toEqual({
      type: 'single_choice',
      options: content.interaction.type === 'single_choice' ? content.interaction.options : [],
    });
  });

  it('round-trips a stored item through the editor unchanged', () => {
    const stored: ItemContent = {
      competencyCode: 'ED2',
      level: 3,
      stem: text('Order the steps of signing'),
      interaction: {
        type: 'ordering',
        options: [
          { id: 'X', text: text('one') },
          { id: 'Y', text: text('two') },
          { id: 'Z', text: text('three') },
        ],
      },
      key: { type: 'ordering', order: ['Z', 'X', 'Y'] },
      points: 2,
      explanation: text('Because'),
      scenarioId: null,
    };
    expect(buildContent(editorStateFromContent(stored))).toEqual(stored);
  });
});

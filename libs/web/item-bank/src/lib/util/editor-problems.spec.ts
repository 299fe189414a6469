import { canSave, editorProblems, readyForReview, translationCompleteness } from './editor-problems';
import { type EditorState, emptyEditorState, setOptionText, withType } from './editor-state';

const full = (en: string) => ({ az: `${en} az`, ru: `${en} ru`, en });

function complete(): EditorState {
  let s: EditorState = { ...emptyEditorState(), competencyCode: 'IS1', level: 1, stem: full('Stem'), correctOne: 'B' };
  for (const o of s.options) s = setOptionText(s, 'options', o.id, full(o.id));
  return s;
}

const keys = (s: EditorState) => editorProblems(s).map((p) => `${p.severity}:${p.key}`);

describe('editor problems', () => {
  it('finds nothing to fix in a complete item', () => {
    const problems = editorProblems(complete());
    expect(problems).toEqual([]);
    expect(readyForReview(problems)).toBe(true);
    expect(translationCompleteness(complete())).toEqual({ done: 5, total: 5, missing: [] });
  });

  it('blocks saving without competency, level or stem', () => {
    const s = emptyEditorState();
    expect(keys(s)).toEqual(
      expect.arrayContaining(['error:items.problems.competency', 'error:items.problems.level', 'error:items.problems.stem']),
    );
    expect(canSave(editorProblems(s))).toBe(false);
  });

  it('blocks saving with an option that has no text in any language', () => {
    const s = setOptionText(complete(), 'options', 'C', {} as never);
    expect(editorProblems(s)).toContainEqual(
      expect.objectContaining({ severity: 'error', key: 'items.problems.optionEmpty', params: { ids: 'C' } }),
    );
  });

  it('allows saving a draft without a key or with missing translations, but not review', () => {
    const s = { ...complete(), correctOne: null, stem: { en: 'Only English' } };
    const problems = editorProblems(s);
    expect(canSave(problems)).toBe(true);
    expect(readyForReview(problems)).toBe(false);
    expect(keys(s)).toEqual(['warning:items.problems.stemLanguages', 'warning:items.problems.key.single_choice']);
    expect(problems[0]?.params).toEqual({ languages: 'az, ru' });
    expect(translationCompleteness(s)).toEqual({ done: 4, total: 5, missing: ['az', 'ru'] });
  });

  it('checks points, tolerance and maximum length', () => {
    expect(keys({ ...complete(), points: '11' })).toContain('error:items.problems.points');
    const numeric = { ...withType(complete(), 'numeric'), numericValue: '5', tolerance: '-1' };
    expect(keys(numeric)).toContain('error:items.problems.tolerance');
    const short = { ...withType(complete(), 'short_text'), maxLength: '0', accepted: ['x'] };
    expect(keys(short)).toEqual(['error:items.problems.maxLength']);
  });

  it('counts matching premises and responses separately', () => {
    const s = withType(complete(), 'matching');
    const trimmed = { ...s, responses: s.responses.slice(0, 1) };
    expect(keys(trimmed)).toContain('error:items.problems.responsesCount');
  });
});

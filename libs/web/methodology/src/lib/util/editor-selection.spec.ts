import { selectionAfterRemoval } from './editor-selection';

describe('selectionAfterRemoval', () => {
  it('selects the previous competency, or the area when the first was removed', () => {
    expect(selectionAfterRemoval({ areaIndex: 1, competencyIndex: 2 }, 3)).toEqual({ areaIndex: 1, competencyIndex: 1 });
    expect(selectionAfterRemoval({ areaIndex: 1, competencyIndex: 0 }, 3)).toEqual({ areaIndex: 1, competencyIndex: null });
  });

  it('selects the area now at the removed place, or the last', () => {
    expect(selectionAfterRemoval({ areaIndex: 1, competencyIndex: null }, 3)).toEqual({ areaIndex: 1, competencyIndex: null });
    expect(selectionAfterRemoval({ areaIndex: 3, competencyIndex: null }, 3)).toEqual({ areaIndex: 2, competencyIndex: null });
    expect(selectionAfterRemoval({ areaIndex: 0, competencyIndex: null }, 0)).toEqual({ areaIndex: 0, competencyIndex: null });
  });
});

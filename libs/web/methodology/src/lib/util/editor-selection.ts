/** What the framework editor shows on the right: an area, or one of its competencies. */
export interface EditorSelection {
  readonly areaIndex: number;
  readonly competencyIndex: number | null;
}

export function sameSelection(a: EditorSelection, b: EditorSelection): boolean {
  return a.areaIndex === b.areaIndex && a.competencyIndex === b.competencyIndex;
}

/**
 * The selection after an area or competency was removed: for a competency the one before it (or
 * its area); for an area the one now at its place (or the last). `areaCount` is after removal.
 */
export function selectionAfterRemoval(removed: EditorSelection, areaCount: number): EditorSelection {
  if (removed.competencyIndex !== null) {
    return { areaIndex: removed.areaIndex, competencyIndex: removed.competencyIndex > 0 ? removed.competencyIndex - 1 : null };
  }
  return { areaIndex: Math.max(0, Math.min(removed.areaIndex, areaCount - 1)), competencyIndex: null };
}

import type { ContentText } from '@civics/contracts';
import { type EditorState, buildKey, parseNumber } from './editor-state';
import { maxOptions, OPTION_LIMITS } from './item-types';
import { type Completeness, textCompleteness, textsCompleteness } from '@civics/web-core';

/**
 * Something to fix before saving (`error`) or before review (`warning`), as a translation key
 * with its parameters and the editor section it belongs to.
 */
export interface EditorProblem {
  readonly severity: 'error' | 'warning';
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly section: 'meta' | 'stem' | 'options' | 'key' | 'scoring';
}

function hasText(text: ContentText | undefined): boolean {
  return textCompleteness(text).done > 0;
}

function usesOptions(state: EditorState): boolean {
  return state.type !== 'true_false' && state.type !== 'numeric' && state.type !== 'short_text';
}

/** The texts an item shows to candidates, each of which should be given in every language. */
export function candidateTexts(state: EditorState): ContentText[] {
  const texts: ContentText[] = [state.stem];
  if (usesOptions(state)) {
    texts.push(...state.options.map((o) => o.text));
  }
  if (state.type === 'matching') {
    texts.push(...state.responses.map((o) => o.text));
  }
  if (state.type === 'numeric' && hasText(state.unit)) {
    texts.push(state.unit);
  }
  return texts;
}

/** How many candidate-facing texts are given in all three languages. */
export function translationCompleteness(state: EditorState): Completeness {
  return textsCompleteness(candidateTexts(state));
}

function optionProblems(state: EditorState): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const lists: { name: 'options' | 'premises' | 'responses'; items: EditorState['options'] }[] =
    state.type === 'matching'
      ? [
          { name: 'premises', items: state.options },
          { name: 'responses', items: state.responses },
        ]
      : [{ name: 'options', items: state.options }];
  for (const list of lists) {
    const { min } = OPTION_LIMITS[list.name];
    const max = list.name === 'options' ? maxOptions(state.type) : OPTION_LIMITS[list.name].max;
    if (list.items.length < min || list.items.length > max) {
      problems.push({ severity: 'error', key: `items.problems.${list.name}Count`, params: { min, max }, section: 'options' });
    }
    const empty = list.items.filter((o) => !hasText(o.text)).map((o) => o.id);
    if (empty.length) {
      problems.push({ severity: 'error', key: 'items.problems.optionEmpty', params: { ids: empty.join(', ') }, section: 'options' });
    }
  }
  return problems;
}

function scoringProblems(state: EditorState): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const points = parseNumber(state.points);
  if (points === null || points < 0.5 || points > 10) {
    problems.push({ severity: 'error', key: 'items.problems.points', section: 'scoring' });
  }
  if (state.type === 'short_text') {
    const max = parseNumber(state.maxLength);
    if (max === null || !Number.isInteger(max) || max < 1 || max > 500) {
      problems.push({ severity: 'error', key: 'items.problems.maxLength', section: 'options' });
    }
  }
  if (state.type === 'numeric') {
    if (state.numericValue.trim() !== '' && parseNumber(state.numericValue) === null) {
      problems.push({ severity: 'error', key: 'items.problems.numericValue', section: 'key' });
    }
    const tolerance = parseNumber(state.tolerance);
    if (state.tolerance.trim() !== '' && (tolerance === null || tolerance < 0)) {
      problems.push({ severity: 'error', key: 'items.problems.tolerance', section: 'key' });
    }
  }
  return problems;
}

/**
 * What keeps the item from being saved (errors) or from being ready for review (warnings):
 * missing texts or translations, too few options, an incomplete key.
 */
export function editorProblems(state: EditorState): EditorProblem[] {
  const problems: EditorProblem[] = [];
  if (!state.competencyCode) {
    problems.push({ severity: 'error', key: 'items.problems.competency', section: 'meta' });
  }
  if (state.level === null) {
    problems.push({ severity: 'error', key: 'items.problems.level', section: 'meta' });
  }
  if (!hasText(state.stem)) {
    problems.push({ severity: 'error', key: 'items.problems.stem', section: 'stem' });
  }
  if (usesOptions(state)) {
    problems.push(...optionProblems(state));
  }
  problems.push(...scoringProblems(state));

  const stem = textCompleteness(state.stem);
  if (stem.done > 0 && stem.missing.length) {
    problems.push({
      severity: 'warning',
      key: 'items.problems.stemLanguages',
      params: { languages: stem.missing.join(', ') },
      section: 'stem',
    });
  }
  if (usesOptions(state)) {
    const texts = state.type === 'matching' ? [...state.options, ...state.responses] : state.options;
    const partial = texts.filter((o) => hasText(o.text) && textCompleteness(o.text).missing.length > 0);
    if (partial.length) {
      problems.push({
        severity: 'warning',
        key: 'items.problems.optionLanguages',
        params: { ids: partial.map((o) => o.id).join(', ') },
        section: 'options',
      });
    }
  }
  const explanation = textCompleteness(state.explanation);
  if (explanation.done > 0 && explanation.missing.length) {
    problems.push({
      severity: 'warning',
      key: 'items.problems.explanationLanguages',
      params: { languages: explanation.missing.join(', ') },
      section: 'scoring',
    });
  }
  if (!buildKey(state)) {
    problems.push({ severity: 'warning', key: `items.problems.key.${state.type}`, section: 'key' });
  }
  return problems;
}

export function canSave(problems: readonly EditorProblem[]): boolean {
  return !problems.some((p) => p.severity === 'error');
}

/** Ready for a reviewer: nothing to fix and nothing left untranslated, and a key. */
export function readyForReview(problems: readonly EditorProblem[]): boolean {
  return problems.length === 0;
}

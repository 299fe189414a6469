import type { AnswerKey, ContentText, Interaction, ItemContent, ItemType } from '@civics/contracts';
import { cleanText } from '@civics/web-core';

/** One option (or matching premise / response) as the editor holds it. */
export interface EditorOption {
  readonly id: string;
  readonly text: ContentText;
}

/** The lists of options an item may hold: choices, or the two columns of a matching item. */
export type OptionList = 'options' | 'responses';

/**
 * Everything the item editor edits, for every type at once: switching the type keeps what
 * still applies (stem, options), and the interaction and key are built from it on save.
 * Number fields the author types are kept as text so that "2," or "" survive while typing.
 */
export interface EditorState {
  readonly competencyCode: string;
  readonly level: number | null;
  readonly type: ItemType;
  readonly stem: ContentText;
  readonly explanation: ContentText;
  readonly points: string;
  /** Choices (single, multiple, ordering) or the premises of a matching item. */
  readonly options: readonly EditorOption[];
  /** The responses of a matching item. */
  readonly responses: readonly EditorOption[];
  readonly unit: ContentText;
  readonly maxLength: string;
  // The key, by type.
  readonly correctOne: string | null;
  readonly correctMany: readonly string[];
  readonly partialCredit: boolean;
  readonly trueFalse: boolean | null;
  /** Option ids in the correct order (ordering). */
  readonly order: readonly string[];
  /** Premise id → response id (matching). */
  readonly pairs: Readonly<Record<string, string>>;
  readonly numericValue: string;
  readonly tolerance: string;
  readonly accepted: readonly string[];
  /** Kept as loaded: the scenario (case text) the item belongs to. */
  readonly scenarioId: string | null;
}

const EMPTY: ContentText = {} as ContentText;

/** The first id not yet used: A, B, C … for choices; P1, P2 … for premises; R1, R2 … for responses. */
export function nextOptionId(used: readonly string[], list: OptionList, type: ItemType): string {
  const taken = new Set(used);
  if (type === 'matching') {
    const prefix = list === 'options' ? 'P' : 'R';
    for (let n = 1; ; n++) {
      if (!taken.has(`${prefix}${n}`)) {
        return `${prefix}${n}`;
      }
    }
  }
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (!taken.has(letter)) {
      return letter;
    }
  }
  for (let n = 1; ; n++) {
    if (!taken.has(`O${n}`)) {
      return `O${n}`;
    }
  }
}

function blankOptions(count: number, list: OptionList, type: ItemType): EditorOption[] {
  const out: EditorOption[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      id: nextOptionId(
        out.map((o) => o.id),
        list,
        type,
      ),
      text: EMPTY,
    });
  }
  return out;
}

/** A new item: single choice with four empty options and no key yet. */
export function emptyEditorState(type: ItemType = 'single_choice'): EditorState {
  const base: EditorState = {
    competencyCode: '',
    level: null,
    type: 'single_choice',
    stem: EMPTY,
    explanation: EMPTY,
    points: '1',
    options: blankOptions(4, 'options', 'single_choice'),
    responses: [],
    unit: EMPTY,
    maxLength: '100',
    correctOne: null,
    correctMany: [],
    partialCredit: false,
    trueFalse: null,
    order: [],
    pairs: {},
    numericValue: '',
    tolerance: '0',
    accepted: [''],
    scenarioId: null,
  };
  return type === 'single_choice' ? base : withType(base, type);
}

/** The editor state of a stored item. */
export function editorStateFromContent(content: ItemContent): EditorState {
  const interaction = content.interaction;
  const key = content.key;
  const type = interaction.type;
  let state: EditorState = {
    ...emptyEditorState(),
    competencyCode: content.competencyCode,
    level: content.level,
    type,
    stem: content.stem,
    explanation: content.explanation ?? EMPTY,
    points: String(content.points ?? 1),
    options: [],
    scenarioId: content.scenarioId ?? null,
  };
  switch (interaction.type) {
    case 'single_choice':
    case 'multiple_response':
    case 'ordering':
      state = { ...state, options: interaction.options.map((o) => ({ id: o.id, text: o.text })) };
      break;
    case 'matching':
      state = {
        ...state,
        options: interaction.premises.map((o) => ({ id: o.id, text: o.text })),
        responses: interaction.responses.map((o) => ({ id: o.id, text: o.text })),
      };
      break;
    case 'numeric':
      state = { ...state, unit: interaction.unit ?? EMPTY };
      break;
    case 'short_text':
      state = { ...state, maxLength: String(interaction.maxLength ?? 100) };
      break;
    case 'true_false':
      break;
  }
  if (type === 'ordering') {
    state = { ...state, order: state.options.map((o) => o.id) };
  }
  if (!key || key.type !== type) {
    return state;
  }
  switch (key.type) {
    case 'single_choice':
      return { ...state, correctOne: key.correct };
    case 'multiple_response':
      return { ...state, correctMany: key.correct, partialCredit: key.partialCredit ?? false };
    case 'true_false':
      return { ...state, trueFalse: key.correct };
    case 'ordering':
      return { ...state, order: key.order };
    case 'matching':
      return { ...state, pairs: Object.fromEntries(key.pairs), partialCredit: key.partialCredit ?? false };
    case 'numeric':
      return { ...state, numericValue: String(key.value), tolerance: String(key.tolerance ?? 0) };
    case 'short_text':
      return { ...state, accepted: key.accepted.length ? key.accepted : [''] };
  }
}

/**
 * The state with another type. Option texts carry over between the choice types (and to the
 * premises of a matching item); a list that would be too short is filled with empty options.
 * Keys that no longer fit are dropped.
 */
export function withType(state: EditorState, type: ItemType): EditorState {
  if (type === state.type) {
    return state;
  }
  const usesOptions = type === 'single_choice' || type === 'multiple_response' || type === 'ordering' || type === 'matching';
  let options: EditorOption[] = usesOptions ? [...state.options] : [];
  if (usesOptions) {
    const wasMatching = state.type === 'matching';
    if (wasMatching !== (type === 'matching')) {
      // Renumber: letters for choices, P1… for premises.
      options = options.reduce<EditorOption[]>(
        (acc, o) => [
          ...acc,
          {
            id: nextOptionId(
              acc.map((x) => x.id),
              'options',
              type,
            ),
            text: o.text,
          },
        ],
        [],
      );
    }
    while (options.length < 2) {
      options.push({
        id: nextOptionId(
          options.map((o) => o.id),
          'options',
          type,
        ),
        text: EMPTY,
      });
    }
  }
  const responses = type === 'matching' ? (state.responses.length >= 2 ? [...state.responses] : blankOptions(2, 'responses', type)) : [];
  const ids = new Set(options.map((o) => o.id));
  return {
    ...state,
    type,
    options,
    responses,
    correctOne: state.correctOne && ids.has(state.correctOne) && type === 'single_choice' ? state.correctOne : null,
    correctMany: type === 'multiple_response' ? state.correctMany.filter((id) => ids.has(id)) : [],
    order: type === 'ordering' ? options.map((o) => o.id) : [],
    pairs: {},
    trueFalse: type === 'true_false' ? state.trueFalse : null,
  };
}

/** Adds an empty option at the end of a list (the ordering key gets it last). */
export function addOption(state: EditorState, list: OptionList): EditorState {
  const current = state[list];
  const id = nextOptionId(
    [...state.options, ...state.responses].map((o) => o.id),
    list,
    state.type,
  );
  const next = { ...state, [list]: [...current, { id, text: EMPTY }] };
  return list === 'options' && state.type === 'ordering' ? { ...next, order: [...state.order, id] } : next;
}

/** Removes an option and every part of the key that referred to it. */
export function removeOption(state: EditorState, list: OptionList, id: string): EditorState {
  const next: EditorState = { ...state, [list]: state[list].filter((o) => o.id !== id) };
  const pairs = Object.fromEntries(Object.entries(state.pairs).filter(([premise, response]) => premise !== id && response !== id));
  return {
    ...next,
    correctOne: state.correctOne === id ? null : state.correctOne,
    correctMany: state.correctMany.filter((c) => c !== id),
    order: state.order.filter((o) => o !== id),
    pairs,
  };
}

/** Moves an item of a list by `delta` places; out-of-range moves change nothing. */
export function moveInList<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) {
    return [...list];
  }
  const out = [...list];
  const [moved] = out.splice(index, 1);
  out.splice(target, 0, moved as T);
  return out;
}

export function moveOption(state: EditorState, list: OptionList, index: number, delta: number): EditorState {
  return { ...state, [list]: moveInList(state[list], index, delta) };
}

export function setOptionText(state: EditorState, list: OptionList, id: string, text: ContentText): EditorState {
  return { ...state, [list]: state[list].map((o) => (o.id === id ? { ...o, text } : o)) };
}

/** A number typed by the author: "2,5" and "2.5" both read 2.5; anything else is null. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return null;
  }
  return Number(trimmed);
}

function optionsOf(list: readonly EditorOption[]): { id: string; text: ContentText }[] {
  return list.map((o) => ({ id: o.id, text: cleanText(o.text) ?? EMPTY }));
}

/** What the candidate sees of the item (no key). */
export function buildInteraction(state: EditorState): Interaction {
  switch (state.type) {
    case 'single_choice':
    case 'multiple_response':
    case 'ordering':
      return { type: state.type, options: optionsOf(state.options) };
    case 'true_false':
      return { type: 'true_false' };
    case 'matching':
      return { type: 'matching', premises: optionsOf(state.options), responses: optionsOf(state.responses) };
    case 'numeric': {
      const unit = cleanText(state.unit);
      return unit ? { type: 'numeric', unit } : { type: 'numeric' };
    }
    case 'short_text':
      return { type: 'short_text', maxLength: Math.round(parseNumber(state.maxLength) ?? 100) };
  }
}

/**
 * The answer key the editor describes, or null while it is incomplete (no correct option
 * chosen, a premise without a response, no accepted answer…). An item without a key may be
 * saved as a draft but not reviewed.
 */
export function buildKey(state: EditorState): AnswerKey | null {
  const ids = new Set(state.options.map((o) => o.id));
  switch (state.type) {
    case 'single_choice':
      return state.correctOne && ids.has(state.correctOne) ? { type: 'single_choice', correct: state.correctOne } : null;
    case 'multiple_response': {
      const correct = state.options.map((o) => o.id).filter((id) => state.correctMany.includes(id));
      return correct.length ? { type: 'multiple_response', correct, partialCredit: state.partialCredit } : null;
    }
    case 'true_false':
      return state.trueFalse === null ? null : { type: 'true_false', correct: state.trueFalse };
    case 'ordering': {
      const complete = state.order.length === ids.size && state.order.every((id) => ids.has(id)) && ids.size >= 2;
      return complete ? { type: 'ordering', order: [...state.order] } : null;
    }
    case 'matching': {
      const responses = new Set(state.responses.map((o) => o.id));
      const pairs = state.options
        .filter((p) => state.pairs[p.id] && responses.has(state.pairs[p.id] as string))
        .map((p): [string, string] => [p.id, state.pairs[p.id] as string]);
      return pairs.length === state.options.length && pairs.length > 0
        ? { type: 'matching', pairs, partialCredit: state.partialCredit }
        : null;
    }
    case 'numeric': {
      const value = parseNumber(state.numericValue);
      const tolerance = parseNumber(state.tolerance) ?? 0;
      return value === null || tolerance < 0 ? null : { type: 'numeric', value, tolerance };
    }
    case 'short_text': {
      const accepted = [...new Set(state.accepted.map((a) => a.trim()).filter((a) => a !== ''))];
      return accepted.length ? { type: 'short_text', accepted } : null;
    }
  }
}

/** The content to send to the API. Only call it when `editorProblems` reports no error. */
export function buildContent(state: EditorState): ItemContent {
  const explanation = cleanText(state.explanation);
  return {
    competencyCode: state.competencyCode,
    level: state.level ?? 1,
    stem: cleanText(state.stem) ?? EMPTY,
    interaction: buildInteraction(state),
    key: buildKey(state),
    points: parseNumber(state.points) ?? 1,
    ...(explanation ? { explanation } : {}),
    scenarioId: state.scenarioId,
  };
}

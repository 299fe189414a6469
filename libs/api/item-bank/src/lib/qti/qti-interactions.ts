import type { AnswerKey, ChoiceOption, ContentText, Interaction } from '@civics/contracts';
import { optionIds } from './qti-ids';
import { positiveKeys, uniformMapping, type ResponseDeclaration, type ResponseProcessing } from './qti-response';
import { isEmptyText, readText } from './qti-text';
import { CIVICS, type ReadContext } from './qti-types';
import { childElements, hasClass, type XmlElement } from './qti-xml';

export interface Converted {
  interaction: Interaction;
  key: AnswerKey | null;
}

/** What an interaction reader gets besides the element. */
export interface InteractionInput {
  el: XmlElement;
  response: ResponseDeclaration | undefined;
  processing: ResponseProcessing;
  unit: ContentText | undefined;
  ctx: ReadContext;
}

const skipFeedback = (e: XmlElement) => (e.name.startsWith('qti-feedback-') ? ('skip' as const) : undefined);

function readOptions(choices: readonly XmlElement[], ids: Map<string, string>, ctx: ReadContext): ChoiceOption[] {
  return choices.map((choice) => {
    const original = choice.attrs['identifier'] ?? '';
    let text = readText([choice], ctx.language, skipFeedback);
    if (isEmptyText(text)) {
      ctx.warn(`choice "${original}" has no text; its identifier stands in`);
      text = { [ctx.language]: original };
    }
    return { id: ids.get(original) ?? original, text };
  });
}

/** Translates key identifiers; an identifier no choice carries fails the item. */
function mapIds(values: readonly string[], ids: Map<string, string>, ctx: ReadContext): string[] | undefined {
  const unknown = values.filter((v) => !ids.has(v));
  if (unknown.length > 0) {
    ctx.fail('key-unknown-choice', `the correct response names ${unknown.map((u) => `"${u}"`).join(', ')}, which no choice carries`);
    return undefined;
  }
  return [...new Set(values.map((v) => ids.get(v) as string))];
}

/** Correct values, or, without them, the mapping's rewarded keys (a map_response item may only have those). */
function keyValues({ response, ctx }: InteractionInput): string[] {
  if (!response) return [];
  if (response.correct.length > 0) return response.correct;
  const fromMapping = positiveKeys(response.mapping);
  if (fromMapping.length > 0) ctx.warn('no correct response: the key is taken from the mapping entries that earn credit');
  return fromMapping;
}

function warnWeights(input: InteractionInput): void {
  if (input.processing.kind === 'map_response' && input.response && !uniformMapping(input.response.mapping)) {
    input.ctx.warn('the mapping weighs answers differently; the bank gives every correct answer the same weight');
  }
}

function choiceIds(el: XmlElement, name: string, ctx: ReadContext): { els: XmlElement[]; ids: Map<string, string> } {
  const els = childElements(el, name);
  return {
    els,
    ids: optionIds(
      els.map((c) => c.attrs['identifier'] ?? ''),
      ctx,
    ),
  };
}

export function readChoice(input: InteractionInput): Converted | undefined {
  const { el, response, ctx } = input;
  const { els, ids } = choiceIds(el, 'qti-simple-choice', ctx);
  const options = readOptions(els, ids, ctx);
  let cardinality = response?.cardinality;
  if (!cardinality) {
    cardinality = el.attrs['max-choices'] === '1' ? 'single' : 'multiple';
    ctx.warn(`no response declaration with a cardinality: taken as ${cardinality} from max-choices`);
  }
  const values = keyValues(input);
  const correct = mapIds(values, ids, ctx);
  if (!correct) return undefined;
  if (cardinality === 'single') {
    if (correct.length > 1) {
      ctx.fail('key-several-values', 'a single-cardinality choice has more than one correct value', el.name);
      return undefined;
    }
    const trueFalse = hasClass(el, CIVICS.trueFalseClass) && [...ids.values()].sort().join() === 'false,true';
    if (trueFalse)
      return {
        interaction: { type: 'true_false' },
        key: correct.length ? { type: 'true_false', correct: correct[0] === 'true' } : null,
      };
    return {
      interaction: { type: 'single_choice', options },
      key: correct.length ? { type: 'single_choice', correct: correct[0] } : null,
    };
  }
  if (cardinality === 'multiple') {
    warnWeights(input);
    const partialCredit = input.processing.kind === 'map_response';
    return {
      interaction: { type: 'multiple_response', options },
      key: correct.length ? { type: 'multiple_response', correct, partialCredit } : null,
    };
  }
  ctx.fail('unsupported-cardinality', `a choice interaction with cardinality "${cardinality}" is not supported`, el.name);
  return undefined;
}

export function readOrder(input: InteractionInput): Converted | undefined {
  const { el, ctx } = input;
  const { els, ids } = choiceIds(el, 'qti-simple-choice', ctx);
  const options = readOptions(els, ids, ctx);
  const order = mapIds(input.response?.correct ?? [], ids, ctx);
  if (!order) return undefined;
  if (order.length > 0 && order.length !== options.length) {
    // The bank orders every option; a key over part of them could never be matched.
    ctx.fail('partial-order', `the correct order lists ${order.length} of ${options.length} choices`, el.name);
    return undefined;
  }
  return {
    interaction: { type: 'ordering', options },
    key: order.length ? { type: 'ordering', order } : null,
  };
}

export function readMatch(input: InteractionInput): Converted | undefined {
  const { el, ctx } = input;
  const sets = childElements(el, 'qti-simple-match-set');
  if (sets.length !== 2) {
    ctx.fail('match-sets', `a match interaction needs two qti-simple-match-set elements, found ${sets.length}`, el.name);
    return undefined;
  }
  const [premiseEls, responseEls] = sets.map((s) => childElements(s, 'qti-simple-associable-choice'));
  const ids = optionIds(
    [...premiseEls, ...responseEls].map((c) => c.attrs['identifier'] ?? ''),
    ctx,
  );
  const premises = readOptions(premiseEls, ids, ctx);
  const responses = readOptions(responseEls, ids, ctx);
  const isPremise = new Set(premises.map((p) => p.id));
  const isResponse = new Set(responses.map((r) => r.id));
  const pairs: [string, string][] = [];
  for (const value of keyValues(input)) {
    const [a, b, ...rest] = value.split(/\s+/).map((v) => ids.get(v) ?? `?${v}`);
    // A (non-directed) pair may be written either way round.
    const pair: [string, string] | undefined =
      rest.length === 0 && isPremise.has(a) && isResponse.has(b)
        ? [a, b]
        : rest.length === 0 && isPremise.has(b) && isResponse.has(a)
          ? [b, a]
          : undefined;
    if (!pair) {
      ctx.fail('key-unknown-choice', `the correct pair "${value}" does not join a choice of the first set to one of the second`, el.name);
      return undefined;
    }
    if (pairs.some(([p]) => p === pair[0])) {
      ctx.fail('premise-matched-twice', `"${pair[0]}" is matched twice in the key; the bank matches each premise once`, el.name);
      return undefined;
    }
    pairs.push(pair);
  }
  warnWeights(input);
  const partialCredit = input.processing.kind === 'map_response';
  return {
    interaction: { type: 'matching', premises, responses },
    key: pairs.length ? { type: 'matching', pairs, partialCredit } : null,
  };
}

function maxLength(el: XmlElement, fallback: number): number {
  const expected = Number(el.attrs['expected-length']);
  return Number.isInteger(expected) && expected > 0 ? Math.min(expected, 500) : fallback;
}

export function readTextEntry(input: InteractionInput): Converted | undefined {
  const { el, response, processing, ctx } = input;
  const baseType = response?.baseType ?? 'string';
  if (baseType === 'float' || baseType === 'integer') {
    const interaction: Interaction = input.unit ? { type: 'numeric', unit: input.unit } : { type: 'numeric' };
    const values = response?.correct ?? [];
    if (values.length === 0) return { interaction, key: null };
    if (values.length > 1) ctx.warn('several correct numbers: the first is the key');
    const value = Number(values[0]);
    if (!Number.isFinite(value)) {
      ctx.fail('invalid-number', `the correct response "${values[0]}" is not a number`, el.name);
      return undefined;
    }
    return {
      interaction,
      key: {
        type: 'numeric',
        value,
        tolerance: processing.kind === 'tolerance' ? processing.tolerance : 0,
      },
    };
  }
  if (baseType !== 'string') ctx.warn(`a text entry of base-type "${baseType}" is read as short text`);
  const accepted = [
    ...new Set([...(response?.correct ?? []), ...positiveKeys(response?.mapping ?? [])].map((a) => a.trim()).filter(Boolean)),
  ];
  let length = maxLength(el, 100);
  const longest = Math.max(0, ...accepted.map((a) => a.length));
  if (longest > length) {
    ctx.warn(`expected-length ${length} is shorter than an accepted answer; the answer limit is ${Math.min(longest, 500)}`);
    length = Math.min(longest, 500);
  }
  return {
    interaction: { type: 'short_text', maxLength: length },
    key: accepted.length ? { type: 'short_text', accepted } : null,
  };
}

/** Free text: nothing the bank can score automatically, so it comes in as a short-text draft for a person to key or retire. */
export function readExtendedText(input: InteractionInput): Converted {
  input.ctx.warn(
    'an extended-text (essay) answer needs human scoring, which the bank does not have: imported as a short-text draft without a key',
  );
  return {
    interaction: { type: 'short_text', maxLength: maxLength(input.el, 500) },
    key: null,
  };
}

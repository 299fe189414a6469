import type { Answer, AnswerKey } from '@civics/contracts';

/** Lower case, NFC, single spaces, no surrounding punctuation; Azerbaijani İ/ı handled by locale. */
export function normaliseShortText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('az')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,;:!?"'«»()-]+|[\s.,;:!?"'«»()-]+$/g, '')
    .trim();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/**
 * Fraction of an item's points earned by an answer, in [0, 1]. An answer of another type than
 * the key earns nothing. Partial credit, where the key allows it: multiple response counts
 * correct choices minus wrong ones over the correct count; matching counts correct pairs.
 */
export function answerCredit(key: AnswerKey, answer: Answer | null | undefined): number {
  if (!answer || answer.type !== key.type) return 0;
  switch (key.type) {
    case 'single_choice':
      return (answer as Extract<Answer, { type: 'single_choice' }>).choice === key.correct ? 1 : 0;
    case 'true_false':
      return (answer as Extract<Answer, { type: 'true_false' }>).value === key.correct ? 1 : 0;
    case 'multiple_response': {
      const chosen = [...new Set((answer as Extract<Answer, { type: 'multiple_response' }>).choices)];
      if (sameSet(chosen, key.correct)) return 1;
      if (!key.partialCredit) return 0;
      const right = chosen.filter((c) => key.correct.includes(c)).length;
      const wrong = chosen.length - right;
      return Math.max(0, (right - wrong) / key.correct.length);
    }
    case 'ordering': {
      const order = (answer as Extract<Answer, { type: 'ordering' }>).order;
      return order.length === key.order.length && order.every((id, i) => id === key.order[i]) ? 1 : 0;
    }
    case 'matching': {
      const given = new Map((answer as Extract<Answer, { type: 'matching' }>).pairs.map(([p, r]) => [p, r]));
      const correct = key.pairs.filter(([p, r]) => given.get(p) === r).length;
      const extra = [...given.keys()].filter((p) => !key.pairs.some(([kp]) => kp === p)).length;
      if (correct === key.pairs.length && extra === 0) return 1;
      return key.partialCredit ? Math.max(0, (correct - extra) / key.pairs.length) : 0;
    }
    case 'numeric': {
      const v = (answer as Extract<Answer, { type: 'numeric' }>).value;
      return Number.isFinite(v) && Math.abs(v - key.value) <= key.tolerance + 1e-12 ? 1 : 0;
    }
    case 'short_text': {
      const given = normaliseShortText((answer as Extract<Answer, { type: 'short_text' }>).text);
      return given.length > 0 && key.accepted.some((a) => normaliseShortText(a) === given) ? 1 : 0;
    }
  }
}

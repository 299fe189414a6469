import type { Answer } from '@civics/contracts';

/** Whether an answer counts as given (an empty selection or text does not). */
export function isAnswered(answer: Answer | null | undefined): boolean {
  if (!answer) {
    return false;
  }
  switch (answer.type) {
    case 'multiple_response':
      return answer.choices.length > 0;
    case 'ordering':
      return answer.order.length > 0;
    case 'matching':
      return answer.pairs.length > 0;
    case 'short_text':
      return answer.text.trim() !== '';
    default:
      return true;
  }
}

/** Moves the element at `from` by `delta` places (clamped); a new array. */
export function moved<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  const copy = [...list];
  const [element] = copy.splice(from, 1);
  if (element !== undefined) {
    copy.splice(to, 0, element);
  }
  return copy;
}

/** Reads a decimal number typed with a comma or a point; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) {
    return null;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

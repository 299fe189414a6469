import type { Answer, ChoiceOption, ContentText, Interaction, Language } from '@civics/contracts';
import { localize } from './content-text';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** `0.734` → `73 %` in the UI locale; an em dash for null. */
export function percent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function dateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }).format(d);
}

function optionText(options: readonly ChoiceOption[], id: string, language: Language): string {
  const option = options.find((o) => o.id === id);
  return option ? localize(option.text, language).text : id;
}

function text(value: ContentText | undefined, language: Language): string {
  return localize(value, language).text;
}

/** A candidate's answer as a sentence in the UI language. */
export function describeAnswer(interaction: Interaction, answer: Answer | null, language: Language, t: Translate): string {
  if (!answer) {
    return t('exam.review.noAnswer');
  }
  switch (answer.type) {
    case 'single_choice':
      return 'options' in interaction ? optionText(interaction.options, answer.choice, language) : answer.choice;
    case 'multiple_response':
      return answer.choices.length === 0
        ? t('exam.review.noAnswer')
        : answer.choices.map((c) => ('options' in interaction ? optionText(interaction.options, c, language) : c)).join('; ');
    case 'true_false':
      return t(answer.value ? 'exam.trueFalse.true' : 'exam.trueFalse.false');
    case 'ordering':
      return answer.order
        .map((id, i) => `${i + 1}. ${'options' in interaction ? optionText(interaction.options, id, language) : id}`)
        .join('  ');
    case 'matching':
      return interaction.type === 'matching'
        ? answer.pairs
            .map(([p, r]) => `${optionText(interaction.premises, p, language)} → ${optionText(interaction.responses, r, language)}`)
            .join('; ')
        : '';
    case 'numeric': {
      const unit = interaction.type === 'numeric' ? text(interaction.unit, language) : '';
      return `${answer.value}${unit ? ` ${unit}` : ''}`;
    }
    case 'short_text':
      return answer.text;
  }
}

/** The correct answer (the key as the server reveals it after submission) as a sentence. */
export function describeKey(interaction: Interaction, key: unknown, language: Language, t: Translate): string {
  if (!key || typeof key !== 'object') {
    return '—';
  }
  const k = key as Record<string, unknown>;
  switch (interaction.type) {
    case 'single_choice':
      return typeof k['correct'] === 'string' ? optionText(interaction.options, k['correct'], language) : '—';
    case 'multiple_response':
      return Array.isArray(k['correct'])
        ? (k['correct'] as string[]).map((c) => optionText(interaction.options, c, language)).join('; ')
        : '—';
    case 'true_false':
      return typeof k['correct'] === 'boolean' ? t(k['correct'] ? 'exam.trueFalse.true' : 'exam.trueFalse.false') : '—';
    case 'ordering':
      return Array.isArray(k['order'])
        ? (k['order'] as string[]).map((id, i) => `${i + 1}. ${optionText(interaction.options, id, language)}`).join('  ')
        : '—';
    case 'matching':
      return Array.isArray(k['pairs'])
        ? (k['pairs'] as [string, string][])
            .map(([p, r]) => `${optionText(interaction.premises, p, language)} → ${optionText(interaction.responses, r, language)}`)
            .join('; ')
        : '—';
    case 'numeric': {
      const unit = text(interaction.unit, language);
      const tolerance = typeof k['tolerance'] === 'number' && k['tolerance'] > 0 ? ` ± ${k['tolerance']}` : '';
      return typeof k['value'] === 'number' ? `${k['value']}${tolerance}${unit ? ` ${unit}` : ''}` : '—';
    }
    case 'short_text':
      return Array.isArray(k['accepted']) ? (k['accepted'] as string[]).join(' / ') : '—';
  }
}

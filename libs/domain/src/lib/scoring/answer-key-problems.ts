import type { AnswerKey, Interaction } from '@civics/contracts';

/** Why an answer key does not fit its interaction (empty when it fits). */
export function answerKeyProblems(interaction: Interaction, key: AnswerKey): string[] {
  if (interaction.type !== key.type) return [`The key is for ${key.type} but the item is ${interaction.type}`];
  const problems: string[] = [];
  const ids = (opts: readonly { id: string }[]) => new Set(opts.map((o) => o.id));
  const dupes = (opts: readonly { id: string }[]) => opts.length !== ids(opts).size;
  switch (interaction.type) {
    case 'single_choice': {
      const k = key as Extract<AnswerKey, { type: 'single_choice' }>;
      if (dupes(interaction.options)) problems.push('Option ids repeat');
      if (!ids(interaction.options).has(k.correct)) problems.push(`The correct option ${k.correct} is not an option`);
      break;
    }
    case 'multiple_response': {
      const k = key as Extract<AnswerKey, { type: 'multiple_response' }>;
      if (dupes(interaction.options)) problems.push('Option ids repeat');
      const unknown = k.correct.filter((c) => !ids(interaction.options).has(c));
      if (unknown.length) problems.push(`Unknown options in the key: ${unknown.join(', ')}`);
      break;
    }
    case 'ordering': {
      const k = key as Extract<AnswerKey, { type: 'ordering' }>;
      const all = ids(interaction.options);
      if (k.order.length !== all.size || !k.order.every((id) => all.has(id)) || new Set(k.order).size !== k.order.length) {
        problems.push('The key must order every option exactly once');
      }
      break;
    }
    case 'matching': {
      const k = key as Extract<AnswerKey, { type: 'matching' }>;
      const premises = ids(interaction.premises);
      const responses = ids(interaction.responses);
      for (const [p, r] of k.pairs) {
        if (!premises.has(p)) problems.push(`Unknown premise ${p}`);
        if (!responses.has(r)) problems.push(`Unknown response ${r}`);
      }
      if (new Set(k.pairs.map(([p]) => p)).size !== k.pairs.length) problems.push('A premise is matched twice');
      break;
    }
    default:
      break;
  }
  return problems;
}

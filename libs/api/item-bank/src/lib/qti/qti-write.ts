import { LANGUAGES, type AnswerKey, type ChoiceOption, type ContentText, type ItemContent } from '@civics/contracts';
import { blockText, inlineText } from './qti-text';
import { CIVICS, QTI_NS, QTI_XSD, RP_MAP_RESPONSE, RP_MATCH_CORRECT } from './qti-types';
import { escapeXml } from './qti-xml';

const I = '    '; // indent inside the item body

const TRUE_FALSE_TEXT: Record<'true' | 'false', Required<ContentText>> = {
  true: { az: 'Doğru', ru: 'Верно', en: 'True' },
  false: { az: 'Yanlış', ru: 'Неверно', en: 'False' },
};

interface Declaration {
  cardinality: 'single' | 'multiple' | 'ordered';
  baseType: 'identifier' | 'directedPair' | 'string' | 'float';
  correct: string[];
  /** map_response entries; every other response scores `defaultValue`. */
  mapping?: {
    entries: [string, number][];
    lower?: number;
    upper: number;
    defaultValue: number;
    caseSensitive?: boolean;
  };
}

function values(items: readonly string[], indent: string): string {
  return items.map((v) => `${indent}<qti-value>${escapeXml(v)}</qti-value>`).join('\n');
}

function declarationXml(d: Declaration): string {
  const lines = [`  <qti-response-declaration identifier="RESPONSE" cardinality="${d.cardinality}" base-type="${d.baseType}">`];
  if (d.correct.length > 0) lines.push('    <qti-correct-response>', values(d.correct, '      '), '    </qti-correct-response>');
  if (d.mapping) {
    const m = d.mapping;
    const bounds = `${m.lower !== undefined ? ` lower-bound="${m.lower}"` : ''} upper-bound="${m.upper}"`;
    const cs = m.caseSensitive === false ? ' case-sensitive="false"' : '';
    lines.push(`    <qti-mapping default-value="${m.defaultValue}"${bounds}>`);
    for (const [key, value] of m.entries) lines.push(`      <qti-map-entry map-key="${escapeXml(key)}" mapped-value="${value}"${cs}/>`);
    lines.push('    </qti-mapping>');
  }
  lines.push('  </qti-response-declaration>');
  return lines.join('\n');
}

/** Partial credit as map_response: +1 per correct answer, −1 per wrong one, bounded to [0, n]. */
function declaration(key: AnswerKey | null, content: ItemContent): Declaration {
  const t = content.interaction.type;
  if (!key) {
    const base = {
      single_choice: 'identifier',
      true_false: 'identifier',
      multiple_response: 'identifier',
      ordering: 'identifier',
      matching: 'directedPair',
      numeric: 'float',
      short_text: 'string',
    } as const;
    const card = {
      single_choice: 'single',
      true_false: 'single',
      multiple_response: 'multiple',
      ordering: 'ordered',
      matching: 'multiple',
      numeric: 'single',
      short_text: 'single',
    } as const;
    return { cardinality: card[t], baseType: base[t], correct: [] };
  }
  switch (key.type) {
    case 'single_choice':
      return {
        cardinality: 'single',
        baseType: 'identifier',
        correct: [key.correct],
      };
    case 'true_false':
      return {
        cardinality: 'single',
        baseType: 'identifier',
        correct: [String(key.correct)],
      };
    case 'multiple_response': {
      const options = content.interaction.type === 'multiple_response' ? content.interaction.options : [];
      const entries = options.map((o): [string, number] => [o.id, key.correct.includes(o.id) ? 1 : -1]);
      const mapping = key.partialCredit ? { entries, lower: 0, upper: key.correct.length, defaultValue: 0 } : undefined;
      return {
        cardinality: 'multiple',
        baseType: 'identifier',
        correct: key.correct,
        mapping,
      };
    }
    case 'ordering':
      return {
        cardinality: 'ordered',
        baseType: 'identifier',
        correct: key.order,
      };
    case 'matching': {
      const pairs = key.pairs.map(([p, r]) => `${p} ${r}`);
      const mapping = key.partialCredit
        ? {
            entries: pairs.map((p): [string, number] => [p, 1]),
            lower: 0,
            upper: pairs.length,
            defaultValue: 0,
          }
        : undefined;
      return {
        cardinality: 'multiple',
        baseType: 'directedPair',
        correct: pairs,
        mapping,
      };
    }
    case 'numeric':
      return {
        cardinality: 'single',
        baseType: 'float',
        correct: [String(key.value)],
      };
    case 'short_text': {
      // QTI allows one correct value for a single response; the other accepted answers go in a mapping.
      const mapping =
        key.accepted.length > 1
          ? {
              entries: key.accepted.map((a): [string, number] => [a, 1]),
              lower: 0,
              upper: 1,
              defaultValue: 0,
              caseSensitive: false,
            }
          : undefined;
      return {
        cardinality: 'single',
        baseType: 'string',
        correct: [key.accepted[0]],
        mapping,
      };
    }
  }
}

function choices(options: readonly ChoiceOption[], tag = 'qti-simple-choice', extra = ''): string {
  return options.map((o) => `${I}  <${tag} identifier="${escapeXml(o.id)}"${extra}>${inlineText(o.text)}</${tag}>`).join('\n');
}

function languagesOf(text: ContentText): ContentText {
  return Object.fromEntries(LANGUAGES.filter((l) => text[l]).map((l) => [l, l]));
}

function interactionXml(content: ItemContent): string {
  const it = content.interaction;
  const open = (name: string, attrs: string) => `${I}<${name} response-identifier="RESPONSE"${attrs}>`;
  switch (it.type) {
    case 'single_choice':
      return [
        open('qti-choice-interaction', ' max-choices="1" shuffle="false"'),
        choices(it.options),
        `${I}</qti-choice-interaction>`,
      ].join('\n');
    case 'multiple_response':
      return [
        open('qti-choice-interaction', ` min-choices="0" max-choices="${it.options.length}" shuffle="false"`),
        choices(it.options),
        `${I}</qti-choice-interaction>`,
      ].join('\n');
    case 'true_false': {
      const langs = languagesOf(content.stem);
      const pick = (t: Required<ContentText>): ContentText =>
        Object.fromEntries(Object.keys(langs).map((l) => [l, t[l as keyof ContentText]]));
      const opts = (['true', 'false'] as const).map((id) => ({
        id,
        text: pick(TRUE_FALSE_TEXT[id]),
      }));
      return [
        open('qti-choice-interaction', ` max-choices="1" shuffle="false" class="${CIVICS.trueFalseClass}"`),
        choices(opts),
        `${I}</qti-choice-interaction>`,
      ].join('\n');
    }
    case 'ordering':
      return [open('qti-order-interaction', ' shuffle="false"'), choices(it.options), `${I}</qti-order-interaction>`].join('\n');
    case 'matching':
      return [
        open('qti-match-interaction', ` shuffle="false" max-associations="${it.premises.length}"`),
        `${I}  <qti-simple-match-set>`,
        choices(it.premises, 'qti-simple-associable-choice', ' match-max="1"').replace(/^/gm, '  '),
        `${I}  </qti-simple-match-set>`,
        `${I}  <qti-simple-match-set>`,
        choices(it.responses, 'qti-simple-associable-choice', ` match-max="${it.premises.length}"`).replace(/^/gm, '  '),
        `${I}  </qti-simple-match-set>`,
        `${I}</qti-match-interaction>`,
      ].join('\n');
    case 'numeric': {
      const unit = it.unit ? ` <span class="${CIVICS.unitClass}">${inlineText(it.unit)}</span>` : '';
      return `${I}<p><qti-text-entry-interaction response-identifier="RESPONSE"/>${unit}</p>`;
    }
    case 'short_text':
      return `${I}<p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${it.maxLength}"/></p>`;
  }
}

/** Numeric keys with a tolerance need QTI's toleranced equality, which no standard template offers. */
function processingXml(key: AnswerKey | null): string {
  if (!key) return '';
  if (key.type === 'numeric' && key.tolerance > 0) {
    const score = (v: number) =>
      `<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${v}</qti-base-value></qti-set-outcome-value>`;
    return [
      '  <qti-response-processing>',
      '    <qti-response-condition>',
      '      <qti-response-if>',
      `        <qti-equal tolerance-mode="absolute" tolerance="${key.tolerance} ${key.tolerance}">`,
      '          <qti-variable identifier="RESPONSE"/>',
      '          <qti-correct identifier="RESPONSE"/>',
      '        </qti-equal>',
      `        ${score(1)}`,
      '      </qti-response-if>',
      `      <qti-response-else>${score(0)}</qti-response-else>`,
      '    </qti-response-condition>',
      '  </qti-response-processing>',
    ].join('\n');
  }
  const partial = (key.type === 'multiple_response' || key.type === 'matching') && key.partialCredit;
  const template = partial || (key.type === 'short_text' && key.accepted.length > 1) ? RP_MAP_RESPONSE : RP_MATCH_CORRECT;
  return `  <qti-response-processing template="${template}"/>`;
}

function title(stem: ContentText): string {
  const text = LANGUAGES.map((l) => stem[l]).find(Boolean) ?? '';
  const line = text.split('\n')[0];
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

/** A bank item as one QTI 3.0 assessment item; `parseQtiItem` reads it back to the same content. */
export function toQtiItem(item: { ref: string; content: ItemContent }): string {
  const c = item.content;
  const lang = LANGUAGES.find((l) => c.stem[l]) ?? 'az';
  const explanation = c.explanation
    ? [
        `${I}<qti-rubric-block use="${CIVICS.explanationUse}" view="tutor">`,
        `${I}  <qti-content-body>`,
        blockText(c.explanation, `${I}    `),
        `${I}  </qti-content-body>`,
        `${I}</qti-rubric-block>`,
      ].join('\n')
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `  xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `  identifier="${escapeXml(item.ref)}" title="${escapeXml(title(c.stem))}" adaptive="false" time-dependent="false" xml:lang="${lang}"`,
    `  ${CIVICS.competencyAttr}="${escapeXml(c.competencyCode)}" ${CIVICS.levelAttr}="${c.level}">`,
    declarationXml(declaration(c.key, c)),
    '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>',
    `  <qti-outcome-declaration identifier="${CIVICS.maxScore}" cardinality="single" base-type="float">`,
    `    <qti-default-value><qti-value>${c.points}</qti-value></qti-default-value>`,
    '  </qti-outcome-declaration>',
    '  <qti-item-body>',
    blockText(c.stem, I),
    interactionXml(c),
    explanation,
    '  </qti-item-body>',
    processingXml(c.key),
    '</qti-assessment-item>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

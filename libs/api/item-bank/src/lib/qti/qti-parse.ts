import { CODE_PATTERN, ItemContentSchema, type ContentText, type Language } from '@civics/contracts';
import { itemRef } from './qti-ids';
import {
  readChoice,
  readExtendedText,
  readMatch,
  readOrder,
  readTextEntry,
  type Converted,
  type InteractionInput,
} from './qti-interactions';
import { readResponseDeclaration, readResponseProcessing } from './qti-response';
import { isEmptyText, platformLanguage, readText, type TextVisitor } from './qti-text';
import {
  CIVICS,
  SUPPORTED_INTERACTIONS,
  type QtiDefaults,
  type QtiParseResult,
  type QtiProblem,
  type ReadContext,
  type SupportedInteraction,
} from './qti-types';
import { childElements, descendants, firstChild, hasClass, lineOf, readXml, textContent, type XmlElement } from './qti-xml';

const READERS: Record<SupportedInteraction, (input: InteractionInput) => Converted | undefined> = {
  'qti-choice-interaction': readChoice,
  'qti-order-interaction': readOrder,
  'qti-match-interaction': readMatch,
  'qti-text-entry-interaction': readTextEntry,
  'qti-extended-text-interaction': readExtendedText,
};

const MEDIA = new Set(['img', 'object', 'video', 'audio', 'picture', 'svg', 'math', 'iframe']);

function isInteraction(el: XmlElement): boolean {
  return el.name.startsWith('qti-') && el.name.endsWith('-interaction');
}

function isSupported(name: string): name is SupportedInteraction {
  return (SUPPORTED_INTERACTIONS as readonly string[]).includes(name);
}

function itemLanguage(root: XmlElement, defaults: QtiDefaults, ctx: Pick<ReadContext, 'warn'>): Language {
  const tag = root.attrs['xml:lang'];
  const lang = platformLanguage(tag);
  if (tag && !lang) ctx.warn(`xml:lang "${tag}" is not az, ru or en; the texts are taken as ${defaults.language}`);
  return lang ?? defaults.language;
}

/** Stem: body text around the interaction, its prompt included; choices, feedback, rubrics and units left out. */
function readStem(body: XmlElement, interaction: XmlElement, ctx: ReadContext): ContentText {
  const visit: TextVisitor = (el) => {
    if (el === interaction) return el.name === 'qti-text-entry-interaction' ? 'blank' : childElements(el, 'qti-prompt');
    if (el.name === 'qti-rubric-block' || hasClass(el, CIVICS.unitClass)) return 'skip';
    if (el.name.startsWith('qti-feedback-') || el.name.startsWith('qti-template-')) {
      ctx.warn(`${el.name} content is not imported`);
      return 'skip';
    }
    return undefined;
  };
  return readText([body], ctx.language, visit);
}

function readExplanation(body: XmlElement, ctx: ReadContext): ContentText | undefined {
  let explanation: ContentText | undefined;
  for (const rubric of descendants(body, (e) => e.name === 'qti-rubric-block')) {
    if (rubric.attrs['use'] === CIVICS.explanationUse) explanation = readText([rubric], ctx.language);
    else ctx.warn(`a qti-rubric-block (view "${rubric.attrs['view'] ?? ''}") is not imported`);
  }
  return explanation && !isEmptyText(explanation) ? explanation : undefined;
}

function readUnit(body: XmlElement, ctx: ReadContext): ContentText | undefined {
  const spans = descendants(body, (e) => hasClass(e, CIVICS.unitClass));
  const unit = readText(spans, ctx.language);
  return isEmptyText(unit) ? undefined : unit;
}

/** MAXSCORE's default value is the item's points; without it an item is worth 1. */
function readPoints(root: XmlElement): number {
  const decl = childElements(root, 'qti-outcome-declaration').find((d) => d.attrs['identifier'] === CIVICS.maxScore);
  const value = decl && firstChild(decl, 'qti-default-value');
  const points = value ? Number(textContent(value).trim()) : NaN;
  return Number.isFinite(points) ? points : 1;
}

function readFiling(root: XmlElement, defaults: QtiDefaults, ctx: ReadContext): { competencyCode: string; level: number } {
  const code = root.attrs[CIVICS.competencyAttr]?.trim();
  const levelText = root.attrs[CIVICS.levelAttr]?.trim();
  if (code !== undefined && !CODE_PATTERN.test(code))
    ctx.fail('invalid-competency', `${CIVICS.competencyAttr} "${code}" is not a competency code`, 'qti-assessment-item');
  const level = levelText === undefined ? defaults.level : Number(levelText);
  if (!Number.isInteger(level) || level < 1 || level > 10)
    ctx.fail('invalid-level', `${CIVICS.levelAttr} "${levelText}" is not a level 1–10`, 'qti-assessment-item');
  return { competencyCode: code ?? defaults.competencyCode, level };
}

function warnUnread(root: XmlElement, body: XmlElement, ctx: ReadContext): void {
  const unread = ['qti-modal-feedback', 'qti-template-declaration', 'qti-assessment-stimulus-ref', 'qti-companion-materials-info'];
  for (const name of unread) if (firstChild(root, name)) ctx.warn(`${name} is not imported`);
  const media = [...new Set(descendants(body, (e) => MEDIA.has(e.name)).map((e) => e.name))];
  if (media.length > 0) ctx.warn(`${media.join(', ')} in the item body are not carried over (only alt texts)`);
}

/**
 * One QTI 3.0 item file → item content for the bank, or every problem that keeps it out.
 * An item without a correct response comes back with `key: null` and `needsKey: true`.
 */
export function parseQtiItem(xml: string, fileName: string, defaults: QtiDefaults): QtiParseResult {
  const read = readXml(xml);
  if (!read.ok) {
    return {
      ok: false,
      problems: read.errors.map((e) => ({
        location: `${fileName}:${e.line}:${e.col}`,
        code: 'malformed-xml',
        message: `${e.code}: ${e.message}`,
      })),
    };
  }
  const problems: QtiProblem[] = [];
  const warnings: string[] = [];
  const fail = (code: string, message: string, element?: string) =>
    problems.push({
      location: element ? `${fileName}:${lineOf(xml, element)} ${element}` : fileName,
      code,
      message,
    });
  const root = read.roots[0];
  if (!root || root.name !== 'qti-assessment-item') {
    const hint = root?.name === 'assessmentItem' ? ' (QTI 2.x; convert it to QTI 3.0)' : '';
    fail('not-an-item', `the root element is ${root ? `<${root.name}>` : 'missing'}, not <qti-assessment-item>${hint}`);
    return { ok: false, problems };
  }
  const body = firstChild(root, 'qti-item-body');
  if (!body) {
    fail('no-item-body', 'the item has no qti-item-body', 'qti-assessment-item');
    return { ok: false, problems };
  }
  const warn = (m: string) => warnings.push(m);
  const ctx: ReadContext = {
    // The body may name its language itself; otherwise the item's, otherwise the default.
    language: platformLanguage(body.attrs['xml:lang']) ?? itemLanguage(root, defaults, { warn }),
    warn,
    fail,
  };
  const interactions = descendants(body, isInteraction);
  interactions.forEach((i, n) => {
    if (isSupported(i.name)) return;
    const nth = interactions.slice(0, n).filter((o) => o.name === i.name).length;
    problems.push({
      location: `${fileName}:${lineOf(xml, i.name, nth)} ${i.name}`,
      code: 'unsupported-interaction',
      message: `${i.name} is not supported by the item bank`,
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (interactions.length !== 1) {
    fail(
      interactions.length ? 'several-interactions' : 'no-interaction',
      `the item body holds ${interactions.length} interactions; the bank takes exactly one per item`,
      'qti-item-body',
    );
    return { ok: false, problems };
  }
  const el = interactions[0];
  const responseId = el.attrs['response-identifier'] ?? '';
  const response = readResponseDeclaration(root, responseId);
  if (!response) ctx.warn(`no qti-response-declaration for "${responseId}"`);
  const processing = readResponseProcessing(root);
  if (processing.kind === 'custom') ctx.warn(`${processing.detail} is not kept: the bank scores the item by the rule of its type`);
  const filing = readFiling(root, defaults, ctx);
  const ref = itemRef(root.attrs['identifier'], fileName, ctx);
  warnUnread(root, body, ctx);
  const converted = READERS[el.name as SupportedInteraction]({
    el,
    response,
    processing,
    unit: readUnit(body, ctx),
    ctx,
  });
  let stem = readStem(body, el, ctx);
  if (isEmptyText(stem) && root.attrs['title']?.trim()) {
    ctx.warn('the item body has no question text; the item title stands in as the stem');
    stem = { [ctx.language]: root.attrs['title'].trim() };
  }
  const explanation = readExplanation(body, ctx);
  if (!converted || problems.length > 0) return { ok: false, problems };
  if (converted.key && processing.kind === 'none') ctx.warn('no response processing: the bank scores the item by the rule of its type');
  if (!converted.key && el.name !== 'qti-extended-text-interaction')
    ctx.warn('no correct response: imported as a draft that needs an answer key');

  const parsed = ItemContentSchema.safeParse({
    ...filing,
    stem,
    interaction: converted.interaction,
    key: converted.key,
    points: readPoints(root),
    ...(explanation ? { explanation } : {}),
    scenarioId: null,
  });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        location: `${fileName} content.${i.path.join('.')}`,
        code: 'invalid-content',
        message: i.message,
      })),
    };
  }
  return {
    ok: true,
    ref,
    content: parsed.data,
    needsKey: parsed.data.key === null,
    warnings,
  };
}

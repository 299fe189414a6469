import { LANGUAGES, type ContentText, type Language } from '@civics/contracts';
import { escapeXml, isElement, type XmlElement, type XmlNode } from './qti-xml';

const PARA = Symbol('paragraph');
const LINE = Symbol('line');
type Chunk = string | typeof PARA | typeof LINE;

/** Marks where an inline text entry sits, so a cloze stem still reads; a paragraph of only this is dropped. */
export const BLANK = '____';

const PARAGRAPH_ELEMENTS = new Set([
  'p',
  'div',
  'blockquote',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'table',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'hr',
  'dl',
  'qti-prompt',
  'qti-content-body',
]);
const LINE_ELEMENTS = new Set(['li', 'tr', 'dt', 'dd', 'figcaption', 'caption']);

/** How the walker treats an element: skip it, stand a blank in for it, or only read some children. */
export type TextVisitor = (el: XmlElement) => 'skip' | 'blank' | XmlElement[] | undefined;

/** `en-GB` → `en`; undefined for languages the platform does not have. */
export function platformLanguage(tag: string | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
}

function walk(nodes: readonly XmlNode[], lang: Language, out: Map<Language, Chunk[]>, visit?: TextVisitor): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      out.get(lang)?.push(node);
      continue;
    }
    const decision = visit?.(node);
    if (decision === 'skip') continue;
    const own = platformLanguage(node.attrs['xml:lang']) ?? lang;
    const bucket = out.get(own) as Chunk[];
    if (decision === 'blank') {
      bucket.push(` ${BLANK} `);
      continue;
    }
    if (node.name === 'br') {
      bucket.push(LINE);
      continue;
    }
    if (node.name === 'img' && node.attrs['alt']) bucket.push(` [${node.attrs['alt']}] `);
    const brk = PARAGRAPH_ELEMENTS.has(node.name) ? PARA : LINE_ELEMENTS.has(node.name) ? LINE : undefined;
    if (brk) bucket.push(brk);
    walk(Array.isArray(decision) ? decision : node.children, own, out, visit);
    if (brk) out.get(own)?.push(brk);
    else if (node.name === 'td' || node.name === 'th') bucket.push(' ');
  }
}

/** Whitespace collapsed inside lines; lines joined by "\n", paragraphs by "\n\n". */
function render(chunks: readonly Chunk[]): string {
  const paragraphs: string[][] = [[]];
  let line = '';
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) paragraphs[paragraphs.length - 1].push(text);
    line = '';
  };
  for (const chunk of chunks) {
    if (chunk === LINE) endLine();
    else if (chunk === PARA) {
      endLine();
      paragraphs.push([]);
    } else line += chunk;
  }
  endLine();
  return paragraphs
    .filter((lines) => lines.length > 0 && !(lines.length === 1 && lines[0] === BLANK))
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/** Readable text of `nodes`, split by `xml:lang` (inherited, starting from `lang`). */
export function readText(nodes: readonly XmlNode[], lang: Language, visit?: TextVisitor): ContentText {
  const buckets = new Map<Language, Chunk[]>(LANGUAGES.map((l) => [l, []]));
  walk(nodes, lang, buckets, visit);
  const text: ContentText = {};
  for (const l of LANGUAGES) {
    const value = render(buckets.get(l) ?? []);
    if (value) text[l] = value;
  }
  return text;
}

export function isEmptyText(text: ContentText): boolean {
  return !LANGUAGES.some((l) => text[l]);
}

function lines(text: string): string {
  return text.split('\n').map(escapeXml).join('<br/>');
}

/** One `<div xml:lang>` per language, paragraphs as `<p>`. */
export function blockText(text: ContentText, indent: string): string {
  return LANGUAGES.filter((l) => text[l])
    .map((l) => {
      const paras = (text[l] as string).split(/\n{2,}/).map((p) => `${indent}  <p>${lines(p)}</p>`);
      return `${indent}<div xml:lang="${l}">\n${paras.join('\n')}\n${indent}</div>`;
    })
    .join('\n');
}

/** One `<span xml:lang>` per language, for choices and units. */
export function inlineText(text: ContentText): string {
  return LANGUAGES.filter((l) => text[l])
    .map((l) => `<span xml:lang="${l}">${lines(text[l] as string)}</span>`)
    .join('');
}

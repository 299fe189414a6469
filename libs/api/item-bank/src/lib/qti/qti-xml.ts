import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed element: local name (prefix dropped), attributes as written, mixed children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlError {
  line: number;
  col: number;
  code: string;
  message: string;
}

export type XmlReadResult = { ok: true; roots: XmlElement[] } | { ok: false; errors: XmlError[] };

// preserveOrder keeps mixed content (text around inline elements) in document order.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // also decodes numeric character references
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawEntry = Record<string, unknown>;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function convert(entries: readonly RawEntry[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const entry of entries) {
    for (const [key, value] of Object.entries(entry)) {
      if (key === ':@') continue;
      if (key === '#text') out.push(String(value));
      else if (!key.startsWith('?') && !key.startsWith('!') && Array.isArray(value)) {
        const attrs = (entry[':@'] ?? {}) as Record<string, string>;
        out.push({
          name: localName(key),
          attrs: { ...attrs },
          children: convert(value as RawEntry[]),
        });
      }
    }
  }
  return out;
}

/** Validates, then parses. DOCTYPE is refused: QTI needs none, and it is the door to entity expansion. */
export function readXml(xml: string): XmlReadResult {
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) {
    const line = xml.slice(0, doctype.index).split('\n').length;
    return {
      ok: false,
      errors: [
        {
          line,
          col: 1,
          code: 'doctype',
          message: 'a DOCTYPE is not allowed in a QTI item',
        },
      ],
    };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, code, msg } = valid.err;
    return {
      ok: false,
      errors: [{ line: line ?? 1, col: col ?? 1, code, message: msg }],
    };
  }
  const roots = convert(parser.parse(xml) as RawEntry[]).filter(isElement);
  return { ok: true, roots };
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Depth-first, document order; `el` itself is not included. */
export function descendants(el: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(el)) {
    if (match(child)) found.push(child);
    found.push(...descendants(child, match));
  }
  return found;
}

export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

export function hasClass(el: XmlElement, cls: string): boolean {
  return (el.attrs['class'] ?? '').split(/\s+/).includes(cls);
}

/** 1-based line of the n-th start tag `<name` (any prefix); 1 when not found. */
export function lineOf(xml: string, name: string, nth = 0): number {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name.replace(/[.-]/g, '\\$&')}(?=[\\s/>])`, 'g');
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(xml))) {
    if (i++ === nth) return xml.slice(0, m.index).split('\n').length;
  }
  return 1;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

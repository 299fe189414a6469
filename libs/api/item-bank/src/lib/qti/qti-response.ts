import { childElements, descendants, firstChild, textContent, type XmlElement } from './qti-xml';

export interface MapEntry {
  key: string;
  value: number;
}

/** A `qti-response-declaration`, reduced to what a key is built from. */
export interface ResponseDeclaration {
  identifier: string;
  cardinality: string | undefined;
  baseType: string | undefined;
  correct: string[];
  mapping: MapEntry[];
}

export type ResponseProcessing =
  | { kind: 'none' }
  | { kind: 'match_correct' }
  | { kind: 'map_response' }
  /** Our numeric export: SCORE = 1 when RESPONSE equals the correct value within an absolute tolerance. */
  | { kind: 'tolerance'; tolerance: number }
  | { kind: 'custom'; detail: string };

export function readResponseDeclaration(item: XmlElement, identifier: string): ResponseDeclaration | undefined {
  const decl = childElements(item, 'qti-response-declaration').find((d) => d.attrs['identifier'] === identifier);
  if (!decl) return undefined;
  const correctEl = firstChild(decl, 'qti-correct-response');
  const mappingEl = firstChild(decl, 'qti-mapping');
  return {
    identifier,
    cardinality: decl.attrs['cardinality'],
    baseType: decl.attrs['base-type'],
    correct: correctEl
      ? childElements(correctEl, 'qti-value')
          .map((v) => textContent(v).trim())
          .filter((v) => v.length > 0)
      : [],
    mapping: mappingEl
      ? childElements(mappingEl, 'qti-map-entry').map((e) => ({
          key: (e.attrs['map-key'] ?? '').trim(),
          value: Number(e.attrs['mapped-value']),
        }))
      : [],
  };
}

/** Keys of mapping entries that earn credit, in document order. */
export function positiveKeys(mapping: readonly MapEntry[]): string[] {
  return mapping.filter((e) => Number.isFinite(e.value) && e.value > 0 && e.key).map((e) => e.key);
}

/** True when every rewarded entry weighs the same and every penalised one too (what the bank can score). */
export function uniformMapping(mapping: readonly MapEntry[]): boolean {
  const pos = new Set(mapping.filter((e) => e.value > 0).map((e) => e.value));
  const neg = new Set(mapping.filter((e) => e.value < 0).map((e) => e.value));
  return pos.size <= 1 && neg.size <= 1;
}

function toleranceOf(rp: XmlElement): number | undefined {
  const equals = descendants(rp, (e) => e.name === 'qti-equal');
  if (equals.length !== 1) return undefined;
  const operands = childElements(equals[0]).map((e) => e.name);
  if (!(operands.includes('qti-variable') && operands.includes('qti-correct'))) return undefined;
  const mode = equals[0].attrs['tolerance-mode'] ?? 'exact';
  if (mode === 'exact') return 0;
  if (mode !== 'absolute') return undefined;
  const [lower, upper = lower] = (equals[0].attrs['tolerance'] ?? '0').trim().split(/\s+/).map(Number);
  return Number.isFinite(lower) && lower === upper && lower >= 0 ? lower : undefined;
}

/** Which scoring rule the item asks for: the two standard templates, our tolerance rule, or something else. */
export function readResponseProcessing(item: XmlElement): ResponseProcessing {
  const rp = firstChild(item, 'qti-response-processing');
  if (!rp) return { kind: 'none' };
  const template = (rp.attrs['template'] ?? rp.attrs['template-location'] ?? '').trim();
  if (template) {
    const name = template.replace(/\.xml$/i, '').replace(/^.*\//, '');
    if (name === 'match_correct') return { kind: 'match_correct' };
    if (name === 'map_response') return { kind: 'map_response' };
    return { kind: 'custom', detail: `template ${template}` };
  }
  const tolerance = toleranceOf(rp);
  if (tolerance !== undefined) return { kind: 'tolerance', tolerance };
  return { kind: 'custom', detail: 'custom response processing' };
}

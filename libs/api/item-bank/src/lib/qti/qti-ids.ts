import type { ReadContext } from './qti-types';

const OPTION_ID = /^[A-Za-z0-9_-]{1,40}$/;
const REF = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;

/** FNV-1a, 8 hex digits: keeps shortened identifiers distinct. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * QTI identifiers → option ids the contracts accept ([A-Za-z0-9_-], max 40), unique within the item.
 * Keys are translated through the returned map, so a renamed choice keeps its place in the key.
 */
export function optionIds(originals: readonly string[], ctx: ReadContext): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const original of originals) {
    if (ids.has(original)) {
      ctx.fail('duplicate-identifier', `choice identifier "${original}" is used twice`);
      continue;
    }
    let id = original;
    if (!OPTION_ID.test(id) || used.has(id)) {
      const base = original.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'choice';
      id = base;
      for (let n = 2; used.has(id) || !OPTION_ID.test(id); n++) id = `${base.slice(0, 40 - String(n).length - 1)}_${n}`;
      ctx.warn(`choice identifier "${original}" became "${id}"`);
    }
    ids.set(original, id);
    used.add(id);
  }
  return ids;
}

/** The item's identifier as a bank ref (letters, digits, _ . -, max 60); shortened ones get a hash suffix. */
export function itemRef(identifier: string | undefined, fileName: string, ctx: ReadContext): string {
  const source = identifier?.trim() || fileName.replace(/^.*[\\/]/, '').replace(/\.xml$/i, '');
  if (!identifier?.trim()) ctx.warn(`the item has no identifier; its ref is taken from the file name`);
  if (REF.test(source)) return source;
  let ref = source.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (ref.length > 60 || ref !== source) ref = `${ref.slice(0, 51) || 'item'}-${shortHash(source)}`;
  ctx.warn(`identifier "${source}" does not fit a bank ref (letters, digits, _ . -, max 60); the ref is "${ref}"`);
  return ref;
}

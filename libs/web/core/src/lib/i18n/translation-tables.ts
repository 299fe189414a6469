/** A translation file as stored: nested objects whose leaves are texts. */
export interface TranslationTree {
  readonly [key: string]: string | TranslationTree;
}

export type Dictionary = Readonly<Record<string, string>>;

export type TranslationParams = Readonly<Record<string, string | number>>;

/** `{ shell: { signIn: 'x' } }` → `{ 'shell.signIn': 'x' }`. Non-text leaves are dropped. */
export function flattenTranslations(tree: unknown, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  if (tree === null || typeof tree !== 'object') {
    return flat;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      flat[path] = value;
    } else {
      Object.assign(flat, flattenTranslations(value, path));
    }
  }
  return flat;
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. */
export function interpolate(text: string, params: TranslationParams | undefined): string {
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

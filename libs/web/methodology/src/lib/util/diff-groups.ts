import type { FieldChange, MethodologyDiff } from '@civics/contracts';

export type DiffPartName = 'levels' | 'areas' | 'competencies' | 'profiles';
export const DIFF_PARTS: readonly DiffPartName[] = ['levels', 'areas', 'competencies', 'profiles'];

export interface DiffChangeRow {
  readonly path: string;
  readonly from: string;
  readonly to: string;
}

export interface DiffEntry {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly code: string;
  readonly changes: readonly DiffChangeRow[];
}

/** One group of the diff page: a part of the framework, or the rules. */
export interface DiffGroup {
  readonly name: DiffPartName | 'rules' | 'scoring';
  readonly entries: readonly DiffEntry[];
  readonly counts: { readonly added: number; readonly removed: number; readonly changed: number };
}

/** A changed value as text: strings as they are, nothing as an em dash, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return '—';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

const TEXT_LANGUAGES = ['az', 'ru', 'en'] as const;

/** Whether a value is a content text (an object with only az/ru/en strings). */
function isContentText(value: unknown): value is Partial<Record<(typeof TEXT_LANGUAGES)[number], string>> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value).every(([k, v]) => (TEXT_LANGUAGES as readonly string[]).includes(k) && typeof v === 'string')
  );
}

/** One row per change; a changed content text becomes one row per language that differs (`path · en`). */
function rows(changes: readonly FieldChange[]): DiffChangeRow[] {
  return changes.flatMap((c): DiffChangeRow[] => {
    const { from, to } = c;
    if ((isContentText(from) || from == null) && (isContentText(to) || to == null) && (from || to)) {
      const before = (from ?? {}) as Partial<Record<string, string>>;
      const after = (to ?? {}) as Partial<Record<string, string>>;
      return TEXT_LANGUAGES.filter((l) => (before[l] ?? '') !== (after[l] ?? '')).map((l) => ({
        path: `${c.path} · ${l}`,
        from: formatValue(before[l]),
        to: formatValue(after[l]),
      }));
    }
    return [{ path: c.path, from: formatValue(from), to: formatValue(to) }];
  });
}

/** The diff as groups with something in them, each listing added, then removed, then changed. */
export function groupDiff(diff: MethodologyDiff): DiffGroup[] {
  const groups: DiffGroup[] = DIFF_PARTS.map((name) => {
    const part = diff[name];
    const entries: DiffEntry[] = [
      ...part.added.map((code): DiffEntry => ({ kind: 'added', code, changes: [] })),
      ...part.removed.map((code): DiffEntry => ({ kind: 'removed', code, changes: [] })),
      ...part.changed.map((c): DiffEntry => ({ kind: 'changed', code: c.code, changes: rows(c.changes) })),
    ];
    return { name, entries, counts: { added: part.added.length, removed: part.removed.length, changed: part.changed.length } };
  });
  for (const name of ['rules', 'scoring'] as const) {
    const changes = diff[name];
    groups.push({
      name,
      entries: changes.length ? [{ kind: 'changed', code: '', changes: rows(changes) }] : [],
      counts: { added: 0, removed: 0, changed: changes.length },
    });
  }
  return groups.filter((g) => g.entries.length > 0);
}

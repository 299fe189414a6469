import type { OrgRef } from '@civics/contracts';
import type { OrgRow } from '../analytics.repository';

export function orgRef(o: OrgRow): OrgRef {
  return { id: o.id, code: o.code, kind: o.kind, name: o.name };
}

/** The organisation tree with subtree look-ups by materialised path (`/root/…/self/`). */
export class OrgTree {
  private readonly byId: ReadonlyMap<string, OrgRow>;
  private readonly kids = new Map<string | null, OrgRow[]>();

  constructor(private readonly rows: readonly OrgRow[]) {
    this.byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) {
      const parent = r.parentId && this.byId.has(r.parentId) ? r.parentId : null;
      const list = this.kids.get(parent) ?? [];
      list.push(r);
      this.kids.set(parent, list);
    }
    for (const list of this.kids.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }

  get(id: string): OrgRow | undefined {
    return this.byId.get(id);
  }

  /** Direct children; `null`: the top-level organisations. */
  children(id: string | null): OrgRow[] {
    return this.kids.get(id) ?? [];
  }

  /** The organisation and everything below it. */
  subtree(id: string): string[] {
    const root = this.byId.get(id);
    if (!root) return [];
    return this.rows.filter((r) => r.path.startsWith(root.path)).map((r) => r.id);
  }

  all(): string[] {
    return this.rows.map((r) => r.id);
  }

  /** `id` lies in the subtree of one of `roots`. */
  within(id: string, roots: readonly string[]): boolean {
    const o = this.byId.get(id);
    return (
      !!o &&
      roots.some((r) => {
        const root = this.byId.get(r);
        return !!root && o.path.startsWith(root.path);
      })
    );
  }

  /** From the top (or from the first of `roots` above it) down to `id`. */
  lineage(id: string, roots: readonly string[] | null): OrgRow[] {
    const chain: OrgRow[] = [];
    for (let o = this.byId.get(id); o; o = o.parentId ? this.byId.get(o.parentId) : undefined) {
      chain.unshift(o);
      if (roots?.includes(o.id)) break;
    }
    return chain;
  }

  /** The organisation's name in a language, for files and reports. */
  name(id: string, language: 'az' | 'ru' | 'en'): string {
    return this.byId.get(id)?.name[language] ?? '';
  }
}

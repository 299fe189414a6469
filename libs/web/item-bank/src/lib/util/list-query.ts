import type { ItemStatus, ItemType } from '@civics/contracts';

/** The filters of the item list as the page holds them ('' or null: no filter). */
export interface ItemFilters {
  readonly competencyCode: string;
  readonly level: number | null;
  readonly status: ItemStatus | '';
  readonly type: ItemType | '';
  readonly q: string;
}

export const NO_FILTERS: ItemFilters = { competencyCode: '', level: null, status: '', type: '', q: '' };

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** Query parameters for GET /api/items (and the export) — empty filters are left out. */
export function listParams(filters: ItemFilters, page?: { offset: number; limit: number }): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.competencyCode) params['competencyCode'] = filters.competencyCode;
  if (filters.level !== null) params['level'] = String(filters.level);
  if (filters.status) params['status'] = filters.status;
  if (filters.type) params['type'] = filters.type;
  const q = filters.q.trim().slice(0, 100);
  if (q) params['q'] = q;
  if (page) {
    params['limit'] = String(page.limit);
    params['offset'] = String(page.offset);
  }
  return params;
}

/** Filters read back from the address bar, so a filtered list survives going to an item and back. */
export function filtersFromParams(params: Readonly<Record<string, string | undefined>>): ItemFilters {
  const level = Number(params['level']);
  return {
    competencyCode: params['competencyCode'] ?? '',
    level: Number.isInteger(level) && level >= 1 && level <= 10 ? level : null,
    status: (params['status'] as ItemStatus | undefined) ?? '',
    type: (params['type'] as ItemType | undefined) ?? '',
    q: params['q'] ?? '',
  };
}

/** "21–40 of 48": the rows a page shows. */
export interface PageRange {
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export function pageRange(offset: number, shown: number, total: number): PageRange {
  return shown === 0 ? { from: 0, to: 0, total } : { from: offset + 1, to: offset + shown, total };
}

/** The offset of the last page that still has rows. */
export function lastPageOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit;
}

import type { ItemRoutes, MethodologyRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The item-bank API paths, restated from the contracts' route table (a value import of the
 * contracts would pull zod and every schema into this lazy chunk) and checked against it by the
 * compiler: if a route moves there, this stops compiling.
 */
export const ItemPaths = {
  list: '/api/items',
  create: '/api/items',
  get: '/api/items/:id',
  update: '/api/items/:id',
  review: '/api/items/:id/review',
  activate: '/api/items/:id/activate',
  retire: '/api/items/:id/retire',
  importQti: '/api/items/import',
  exportQti: '/api/items/export',
} as const satisfies { [K in keyof typeof ItemRoutes]: PathOf<(typeof ItemRoutes)[K]> };

/** The current methodology: competencies and scale for the pickers (contracts: MethodologyRoutes.current). */
export const CURRENT_METHODOLOGY_PATH = '/api/methodologies/current' as const satisfies PathOf<typeof MethodologyRoutes.current>;

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Permission keys the item pages check (contracts: Permission). */
export const ITEMS_MANAGE = 'items:manage' as const;
export const ITEMS_READ = 'items:read' as const;

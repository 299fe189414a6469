import type { MethodologyRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The methodology API paths, restated from the contracts' route table (a value import of the
 * contracts would pull zod and every schema into this lazy chunk) and checked against it by the
 * compiler: if a route moves there, this stops compiling.
 */
export const MethodologyPaths = {
  list: '/api/methodologies',
  current: '/api/methodologies/current',
  get: '/api/methodologies/:id',
  create: '/api/methodologies',
  update: '/api/methodologies/:id',
  remove: '/api/methodologies/:id',
  approve: '/api/methodologies/:id/approve',
  clone: '/api/methodologies/:id/clone',
  retire: '/api/methodologies/:id/retire',
  diff: '/api/methodologies/:id/diff/:otherId',
  export: '/api/methodologies/:id/export',
  import: '/api/methodologies/import',
} as const satisfies { [K in keyof typeof MethodologyRoutes]: PathOf<(typeof MethodologyRoutes)[K]> };

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Permission keys the methodology pages check (contracts: Permission). */
export const METHODOLOGY_MANAGE = 'methodology:manage' as const;

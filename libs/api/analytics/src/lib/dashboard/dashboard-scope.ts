import { Injectable } from '@nestjs/common';
import type { Actor } from '@civics/api-platform';
import { ScopeService } from '@civics/api-identity';
import { AnalyticsRepository, type OrgRow } from '../analytics.repository';
import { AnalyticsErrorCode, AnalyticsException } from '../analytics.exception';
import { OrgTree } from './org-tree';

/** A row of a breakdown: a child's subtree, or the staff placed directly in the organisation. */
export interface Group {
  readonly org: OrgRow;
  readonly scope: 'subtree' | 'direct';
  readonly hasChildren: boolean;
  readonly unitIds: readonly string[];
}

/** What a dashboard request covers once the caller's scope is applied. */
export interface ResolvedScope {
  readonly tree: OrgTree;
  /** null: the whole service, or an HR officer's several roots side by side. */
  readonly organisation: OrgRow | null;
  readonly breadcrumb: OrgRow[];
  readonly groups: Group[];
  /** Every unit covered; null: the whole service (no filter). */
  readonly unitIds: readonly string[] | null;
  /** The same units with their group index, for grouped queries. */
  readonly mapping: { readonly unitIds: string[]; readonly groups: number[] };
}

/**
 * Applies the caller's scope: administrators see every organisation, an HR officer the subtrees of
 * their grants. An organisation outside the scope (or unknown) answers 404, as elsewhere.
 */
@Injectable()
export class DashboardScope {
  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly scope: ScopeService,
  ) {}

  async resolve(actor: Actor, orgId: string | undefined): Promise<ResolvedScope> {
    const tree = new OrgTree(await this.repo.organisations());
    const roots = this.scope.organisationRoots(actor);
    if (roots !== null && roots.length === 0)
      throw new AnalyticsException(AnalyticsErrorCode.NoScope, 'Your account has no organisation to report on.');
    let target: OrgRow | null = null;
    if (orgId) {
      const org = tree.get(orgId);
      if (!org || (roots !== null && !tree.within(orgId, roots)))
        throw new AnalyticsException(AnalyticsErrorCode.OrganisationNotFound, 'The organisation was not found.');
      target = org;
    } else if (roots !== null) {
      const top = topmost(tree, roots);
      if (top.length === 1) target = tree.get(top[0]) ?? null;
    }
    return build(tree, target, roots);
  }

  /** An organisation's subtree without a caller (the monthly reports). */
  async forOrganisation(orgId: string): Promise<ResolvedScope> {
    const tree = new OrgTree(await this.repo.organisations());
    const org = tree.get(orgId);
    if (!org) throw new AnalyticsException(AnalyticsErrorCode.OrganisationNotFound, 'The organisation was not found.');
    return build(tree, org, [orgId]);
  }
}

function build(tree: OrgTree, target: OrgRow | null, roots: readonly string[] | null): ResolvedScope {
  const groups: Group[] = [];
  const children = target
    ? tree.children(target.id)
    : roots === null
      ? tree.children(null)
      : topmost(tree, roots).map((id) => tree.get(id) as OrgRow);
  for (const c of children)
    groups.push({ org: c, scope: 'subtree', hasChildren: tree.children(c.id).length > 0, unitIds: tree.subtree(c.id) });
  if (target) groups.push({ org: target, scope: 'direct', hasChildren: false, unitIds: [target.id] });

  const mapping = { unitIds: [] as string[], groups: [] as number[] };
  groups.forEach((g, i) => {
    for (const u of g.unitIds) {
      mapping.unitIds.push(u);
      mapping.groups.push(i);
    }
  });
  return {
    tree,
    organisation: target,
    breadcrumb: target ? tree.lineage(target.id, roots) : [],
    groups,
    unitIds: target || roots !== null ? mapping.unitIds : null,
    mapping,
  };
}

/** The roots that are not inside another root. */
function topmost(tree: OrgTree, roots: readonly string[]): string[] {
  const known = [...new Set(roots)].filter((r) => tree.get(r));
  return known.filter((r) => !known.some((o) => o !== r && tree.within(r, [o])));
}

import type { ImportProblem } from '@civics/contracts';
import type { ReadAssociation, ReadItem } from './case-read';
import { problem } from './import-problems';

/** An item placed in the tree under the document (depth 1 = area, 2 = competency, 3 = indicator). */
export interface TreeNode {
  item: ReadItem;
  children: TreeNode[];
}

/** Deepest level the content has: area → competency → indicator. */
const MAX_DEPTH = 3;

const bySequence = (a: ReadAssociation, b: ReadAssociation): number =>
  (a.sequenceNumber ?? Number.MAX_SAFE_INTEGER) - (b.sequenceNumber ?? Number.MAX_SAFE_INTEGER) || a.index - b.index;

/** Item identifiers on `isChildOf` cycles, reported once per cycle at the association that closes it. */
function findCycles(edges: ReadAssociation[], problems: ImportProblem[]): Set<string> {
  const parents = new Map<string, ReadAssociation[]>();
  for (const e of edges) parents.set(e.origin, [...(parents.get(e.origin) ?? []), e]);
  const state = new Map<string, 'open' | 'done'>();
  const onCycle = new Set<string>();
  const stack: ReadAssociation[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    for (const edge of parents.get(node) ?? []) {
      const next = edge.destination;
      if (state.get(next) === 'open') {
        const start = stack.findIndex((e) => e.origin === next);
        const cycle = [...stack.slice(start === -1 ? stack.length : start), edge];
        const nodes = cycle.map((e) => e.origin);
        nodes.forEach((n) => onCycle.add(n));
        const via = cycle.map((e) => e.identifier).join(', ');
        problems.push(
          problem(
            edge.location,
            'cyclic-association',
            `isChildOf cycle through items ${nodes.join(' → ')} → ${next} (associations ${via})`,
          ),
        );
      } else if (state.get(next) === undefined) {
        stack.push(edge);
        visit(next);
        stack.pop();
      }
    }
    state.set(node, 'done');
  };
  for (const e of edges) if (state.get(e.origin) === undefined) visit(e.origin);
  return onCycle;
}

/**
 * Builds the area → competency → indicator tree from the `isChildOf` associations (other
 * association types, e.g. to other frameworks, are ignored) and reports dangling and cyclic
 * associations, items with several parents, unreachable items and items nested too deep.
 */
export function buildTree(documentId: string, items: ReadItem[], associations: ReadAssociation[], problems: ImportProblem[]): TreeNode[] {
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const known = (id: string): boolean => id === documentId || byId.has(id);
  const edges: ReadAssociation[] = [];
  for (const a of associations.filter((x) => x.associationType === 'isChildOf')) {
    const missing = [a.origin, a.destination].filter((id) => !known(id));
    if (missing.length > 0) {
      problems.push(problem(a.location, 'dangling-association', `points to ${missing.join(' and ')}, not in the package`));
    } else if (a.origin === documentId) {
      problems.push(problem(a.location, 'invalid-field', 'the document cannot be the child of an item'));
    } else edges.push(a);
  }
  const onCycle = findCycles(edges, problems);

  // One parent per item: the first association in package order; the others are reported.
  const parentEdge = new Map<string, ReadAssociation>();
  for (const e of edges) {
    const first = parentEdge.get(e.origin);
    if (!first) parentEdge.set(e.origin, e);
    else
      problems.push(
        problem(byId.get(e.origin)?.location ?? e.location, 'multiple-parents', `child of both ${first.destination} and ${e.destination}`),
      );
  }
  const children = new Map<string, ReadAssociation[]>();
  for (const e of parentEdge.values()) children.set(e.destination, [...(children.get(e.destination) ?? []), e]);

  const reached = new Set<string>();
  const grow = (id: string, depth: number): TreeNode[] =>
    (children.get(id) ?? []).sort(bySequence).flatMap((e) => {
      const item = byId.get(e.origin);
      if (!item || reached.has(item.identifier)) return [];
      reached.add(item.identifier);
      if (depth > MAX_DEPTH) {
        problems.push(
          problem(
            item.location,
            'too-deep',
            `nested ${depth} levels below the document; at most ${MAX_DEPTH} (area, competency, indicator)`,
          ),
        );
        grow(item.identifier, depth + 1); // its descendants are too deep as well
        return [];
      }
      return [{ item, children: grow(item.identifier, depth + 1) }];
    });
  const tree = grow(documentId, 1);
  for (const item of items) {
    if (!reached.has(item.identifier) && !onCycle.has(item.identifier)) {
      problems.push(problem(item.location, 'unreachable-item', 'not connected to the document through isChildOf associations'));
    }
  }
  return tree;
}

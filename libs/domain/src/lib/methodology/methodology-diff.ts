import type { FieldChange, MethodologyContent } from '@civics/contracts';

export interface DiffPart {
  added: string[];
  removed: string[];
  changed: { code: string; changes: FieldChange[] }[];
}

export interface ContentDiff {
  levels: DiffPart;
  areas: DiffPart;
  competencies: DiffPart;
  profiles: DiffPart;
  rules: FieldChange[];
  scoring: FieldChange[];
  identical: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field changes of two plain objects (one level deep, values compared whole). */
function fieldChanges(from: Record<string, unknown>, to: Record<string, unknown>, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return keys.filter((k) => !same(from[k], to[k])).map((k) => ({ path: prefix + k, from: from[k] ?? null, to: to[k] ?? null }));
}

function diffKeyed<T>(from: readonly T[], to: readonly T[], key: (x: T) => string, changes: (a: T, b: T) => FieldChange[]): DiffPart {
  const a = new Map(from.map((x) => [key(x), x]));
  const b = new Map(to.map((x) => [key(x), x]));
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()]
      .filter((k) => a.has(k))
      .map((k) => ({ code: k, changes: changes(a.get(k) as T, b.get(k) as T) }))
      .filter((c) => c.changes.length > 0),
  };
}

/**
 * What changed from version `from` to version `to`: levels, areas, competencies (with their
 * indicators), position profiles (requirement by requirement), attestation rules and scoring.
 */
export function diffMethodologyContent(from: MethodologyContent, to: MethodologyContent): ContentDiff {
  const competencies = (c: MethodologyContent) => c.areas.flatMap((a) => a.competencies.map((comp) => ({ ...comp, area: a.code })));
  const levels = diffKeyed(
    from.scale,
    to.scale,
    (l) => String(l.level),
    (x, y) => fieldChanges({ label: x.label, descriptor: x.descriptor }, { label: y.label, descriptor: y.descriptor }),
  );
  const areas = diffKeyed(
    from.areas,
    to.areas,
    (a) => a.code,
    (x, y) =>
      fieldChanges(
        { title: x.title, description: x.description, competencies: x.competencies.map((c) => c.code) },
        { title: y.title, description: y.description, competencies: y.competencies.map((c) => c.code) },
      ),
  );
  const comps = diffKeyed(
    competencies(from),
    competencies(to),
    (c) => c.code,
    (x, y) => {
      const base = fieldChanges(
        { area: x.area, title: x.title, description: x.description },
        { area: y.area, title: y.title, description: y.description },
      );
      const levelsOf = (c: typeof x) => Object.fromEntries(c.indicators.map((i) => [String(i.level), i.text]));
      return [...base, ...fieldChanges(levelsOf(x), levelsOf(y), 'indicators.')];
    },
  );
  const profiles = diffKeyed(
    from.positionProfiles,
    to.positionProfiles,
    (p) => p.code,
    (x, y) => {
      const base = fieldChanges({ title: x.title, description: x.description }, { title: y.title, description: y.description });
      const reqs = (p: typeof x) =>
        Object.fromEntries(
          p.requirements.map((r) => [r.competencyCode, { requiredLevel: r.requiredLevel, weight: r.weight, critical: r.critical }]),
        );
      return [...base, ...fieldChanges(reqs(x), reqs(y), 'requirements.')];
    },
  );
  const rules = fieldChanges(from.attestationRules, to.attestationRules);
  const scoring = fieldChanges(from.scoringRule, to.scoringRule);
  const empty = (d: DiffPart) => !d.added.length && !d.removed.length && !d.changed.length;
  return {
    levels,
    areas,
    competencies: comps,
    profiles,
    rules,
    scoring,
    identical: [levels, areas, comps, profiles].every(empty) && !rules.length && !scoring.length,
  };
}

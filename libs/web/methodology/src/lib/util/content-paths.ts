import type { FieldError, MethodologyContent } from '@civics/contracts';

/** One step of a content path such as `areas[0].competencies[1].code`. */
export type PathStep = { readonly key: string; readonly index?: number };

/**
 * Splits an API field path into steps, without the request prefix: `body.content.areas[0].code`,
 * `/content/areas/0/code` and `areas.0.code` all give `areas[0] › code`.
 */
export function parseContentPath(field: string): PathStep[] {
  const tokens = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((t) => t !== '');
  while (tokens[0] === 'body' || tokens[0] === 'content') {
    tokens.shift();
  }
  const steps: PathStep[] = [];
  for (const token of tokens) {
    const last = steps[steps.length - 1];
    if (/^\d+$/.test(token) && last && last.index === undefined) {
      steps[steps.length - 1] = { key: last.key, index: Number(token) };
    } else {
      steps.push({ key: token });
    }
  }
  return steps;
}

/** Where in the editor a path points: the area and competency (by index) it falls under. */
export interface EditorTarget {
  readonly areaIndex?: number;
  readonly competencyIndex?: number;
  readonly profileIndex?: number;
  readonly section: 'title' | 'scale' | 'framework' | 'profiles' | 'rules' | 'scoring' | 'other';
}

export function targetOf(field: string): EditorTarget {
  const steps = parseContentPath(field);
  const [first, second] = steps;
  switch (first?.key) {
    case 'areas':
      return {
        section: 'framework',
        areaIndex: first.index,
        competencyIndex: second?.key === 'competencies' ? second.index : undefined,
      };
    case 'positionProfiles':
      return { section: 'profiles', profileIndex: first.index };
    case 'attestationRules':
      return { section: 'rules' };
    case 'scoringRule':
      return { section: 'scoring' };
    case 'scale':
      return { section: 'scale' };
    case 'title':
      return { section: 'title' };
    default:
      return { section: 'other' };
  }
}

/**
 * A readable location for a content path, naming things by their codes:
 * `areas[0].competencies[1].indicators[1].text.en` → `DF › DF2 › indicators › level 2 › text › en`.
 * `levelWord` is the translated word for "level".
 */
export function describePath(field: string, content: MethodologyContent | null, levelWord: string): string {
  const steps = parseContentPath(field);
  const parts: string[] = [];
  let area = undefined as MethodologyContent['areas'][number] | undefined;
  let competency = undefined as MethodologyContent['areas'][number]['competencies'][number] | undefined;
  for (const step of steps) {
    if (step.index === undefined) {
      parts.push(step.key);
      continue;
    }
    const i = step.index;
    if (step.key === 'areas') {
      area = content?.areas[i];
      parts.push(area?.code ?? `#${i + 1}`);
    } else if (step.key === 'competencies') {
      competency = area?.competencies[i];
      parts.push(competency?.code ?? `#${i + 1}`);
    } else if (step.key === 'positionProfiles') {
      parts.push(content?.positionProfiles[i]?.code ?? `#${i + 1}`);
    } else if (step.key === 'indicators') {
      const level = competency?.indicators[i]?.level ?? i + 1;
      parts.push(`${levelWord} ${level}`);
    } else if (step.key === 'scale') {
      parts.push(`${levelWord} ${content?.scale[i]?.level ?? i + 1}`);
    } else {
      parts.push(`${step.key} #${i + 1}`);
    }
  }
  return parts.join(' › ');
}

/** Counts field errors per area and per competency (keys `a` and `a.c`), to mark them in the tree. */
export function errorCounts(errors: readonly FieldError[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const error of errors) {
    const target = targetOf(error.field);
    if (target.areaIndex !== undefined) {
      bump(`${target.areaIndex}`);
      if (target.competencyIndex !== undefined) {
        bump(`${target.areaIndex}.${target.competencyIndex}`);
      }
    }
  }
  return counts;
}

import type {
  Area,
  AttestationRulesContract,
  Competency,
  ContentText,
  Indicator,
  Language,
  MethodologyContent,
  Requirement,
} from '@civics/contracts';
import { withLanguage } from '@civics/web-core';

/*
 * Immutable edits of a methodology draft's content. Each returns a new content object and keeps
 * the position profiles consistent with the competencies (a removed competency leaves no
 * requirement behind; a renamed code is renamed in every profile).
 */

export type TextField = 'title' | 'description';

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

function withArea(content: MethodologyContent, areaIndex: number, change: (a: Area) => Area): MethodologyContent {
  const area = content.areas[areaIndex];
  return area ? { ...content, areas: replaceAt(content.areas, areaIndex, change(area)) } : content;
}

function withCompetency(
  content: MethodologyContent,
  areaIndex: number,
  competencyIndex: number,
  change: (c: Competency) => Competency,
): MethodologyContent {
  return withArea(content, areaIndex, (area) => {
    const competency = area.competencies[competencyIndex];
    return competency ? { ...area, competencies: replaceAt(area.competencies, competencyIndex, change(competency)) } : area;
  });
}

function dropRequirements(content: MethodologyContent, codes: ReadonlySet<string>): MethodologyContent {
  return {
    ...content,
    positionProfiles: content.positionProfiles.map((p) => ({
      ...p,
      requirements: p.requirements.filter((r) => !codes.has(r.competencyCode)),
    })),
  };
}

/** Every competency code in the content, in order. */
export function competencyCodes(content: MethodologyContent): string[] {
  return content.areas.flatMap((a) => a.competencies.map((c) => c.code));
}

function flatIndex(content: MethodologyContent, areaIndex: number, competencyIndex: number): number {
  return content.areas.slice(0, areaIndex).reduce((n, a) => n + a.competencies.length, 0) + competencyIndex;
}

/** A code not used yet: `prefix` followed by the first free number from 1. */
export function nextFreeCode(prefix: string, used: readonly string[]): string {
  const taken = new Set(used);
  for (let n = 1; ; n++) {
    const code = `${prefix}${n}`;
    if (!taken.has(code)) {
      return code;
    }
  }
}

function emptyIndicators(content: MethodologyContent): Indicator[] {
  return content.scale.map((l) => ({ level: l.level, text: {} as ContentText }));
}

export function addArea(content: MethodologyContent, code: string): MethodologyContent {
  const area: Area = { code, title: {} as ContentText, description: {} as ContentText, competencies: [] };
  return { ...content, areas: [...content.areas, area] };
}

export function removeArea(content: MethodologyContent, areaIndex: number): MethodologyContent {
  const area = content.areas[areaIndex];
  if (!area) {
    return content;
  }
  const trimmed = { ...content, areas: content.areas.filter((_a, i) => i !== areaIndex) };
  return dropRequirements(trimmed, new Set(area.competencies.map((c) => c.code)));
}

export function setAreaCode(content: MethodologyContent, areaIndex: number, code: string): MethodologyContent {
  return withArea(content, areaIndex, (a) => ({ ...a, code }));
}

export function setAreaText(
  content: MethodologyContent,
  areaIndex: number,
  field: TextField,
  language: Language,
  value: string,
): MethodologyContent {
  return withArea(content, areaIndex, (a) => ({ ...a, [field]: withLanguage(a[field], language, value) }));
}

export function addCompetency(content: MethodologyContent, areaIndex: number, code: string): MethodologyContent {
  const competency: Competency = {
    code,
    title: {} as ContentText,
    description: {} as ContentText,
    indicators: emptyIndicators(content),
  };
  return withArea(content, areaIndex, (a) => ({ ...a, competencies: [...a.competencies, competency] }));
}

export function removeCompetency(content: MethodologyContent, areaIndex: number, competencyIndex: number): MethodologyContent {
  const competency = content.areas[areaIndex]?.competencies[competencyIndex];
  if (!competency) {
    return content;
  }
  const trimmed = withArea(content, areaIndex, (a) => ({
    ...a,
    competencies: a.competencies.filter((_c, i) => i !== competencyIndex),
  }));
  return dropRequirements(trimmed, new Set([competency.code]));
}

/**
 * Renames a competency's code, and the code in every profile requirement that names it. When
 * either code is also another competency's, the requirements are left alone: they cannot be told
 * apart, and the duplicate is reported on saving.
 */
export function setCompetencyCode(
  content: MethodologyContent,
  areaIndex: number,
  competencyIndex: number,
  code: string,
): MethodologyContent {
  const old = content.areas[areaIndex]?.competencies[competencyIndex]?.code;
  if (old === undefined || old === code) {
    return content;
  }
  const renamed = withCompetency(content, areaIndex, competencyIndex, (c) => ({ ...c, code }));
  const others = competencyCodes(content).filter((_c, i) => i !== flatIndex(content, areaIndex, competencyIndex));
  if (others.includes(old) || others.includes(code)) {
    return renamed;
  }
  return {
    ...renamed,
    positionProfiles: renamed.positionProfiles.map((p) => ({
      ...p,
      requirements: p.requirements.map((r) => (r.competencyCode === old ? { ...r, competencyCode: code } : r)),
    })),
  };
}

export function setCompetencyText(
  content: MethodologyContent,
  areaIndex: number,
  competencyIndex: number,
  field: TextField,
  language: Language,
  value: string,
): MethodologyContent {
  return withCompetency(content, areaIndex, competencyIndex, (c) => ({
    ...c,
    [field]: withLanguage(c[field], language, value),
  }));
}

/** Sets the indicator text of one level in one language (adding the level's indicator if absent). */
export function setIndicatorText(
  content: MethodologyContent,
  areaIndex: number,
  competencyIndex: number,
  level: number,
  language: Language,
  value: string,
): MethodologyContent {
  return withCompetency(content, areaIndex, competencyIndex, (c) => {
    const exists = c.indicators.some((i) => i.level === level);
    const indicators = exists
      ? c.indicators.map((i) => (i.level === level ? { ...i, text: withLanguage(i.text, language, value) } : i))
      : [...c.indicators, { level, text: withLanguage(undefined, language, value) }].sort((a, b) => a.level - b.level);
    return { ...c, indicators };
  });
}

/** The indicator of `level`, if the competency has one. */
export function indicatorOf(competency: Competency, level: number): Indicator | undefined {
  return competency.indicators.find((i) => i.level === level);
}

export function setRule<K extends keyof AttestationRulesContract>(
  content: MethodologyContent,
  key: K,
  value: AttestationRulesContract[K],
): MethodologyContent {
  return { ...content, attestationRules: { ...content.attestationRules, [key]: value } };
}

export function addProfile(content: MethodologyContent, code: string): MethodologyContent {
  const profile = { code, title: {} as ContentText, description: {} as ContentText, requirements: [] };
  return { ...content, positionProfiles: [...content.positionProfiles, profile] };
}

export function removeProfile(content: MethodologyContent, profileIndex: number): MethodologyContent {
  return { ...content, positionProfiles: content.positionProfiles.filter((_p, i) => i !== profileIndex) };
}

export function setProfileCode(content: MethodologyContent, profileIndex: number, code: string): MethodologyContent {
  const profile = content.positionProfiles[profileIndex];
  return profile ? { ...content, positionProfiles: replaceAt(content.positionProfiles, profileIndex, { ...profile, code }) } : content;
}

export function setProfileText(
  content: MethodologyContent,
  profileIndex: number,
  field: TextField,
  language: Language,
  value: string,
): MethodologyContent {
  const profile = content.positionProfiles[profileIndex];
  return profile
    ? {
        ...content,
        positionProfiles: replaceAt(content.positionProfiles, profileIndex, {
          ...profile,
          [field]: withLanguage(profile[field], language, value),
        }),
      }
    : content;
}

/** What a profile requires of a competency; no requirement reads as level 0, weight 1, not critical. */
export interface MatrixCell {
  readonly requiredLevel: number;
  readonly weight: number;
  readonly critical: boolean;
}

export const EMPTY_CELL: MatrixCell = { requiredLevel: 0, weight: 1, critical: false };

export function matrixCell(content: MethodologyContent, profileIndex: number, competencyCode: string): MatrixCell {
  const r = content.positionProfiles[profileIndex]?.requirements.find((x) => x.competencyCode === competencyCode);
  return r ? { requiredLevel: r.requiredLevel, weight: r.weight, critical: r.critical } : EMPTY_CELL;
}

function isEmptyCell(cell: MatrixCell): boolean {
  return cell.requiredLevel === 0 && cell.weight === 1 && !cell.critical;
}

/**
 * Changes one cell of the position-profile matrix. A cell back at its empty state (level 0,
 * weight 1, not critical) removes the requirement; a new one is added in competency order.
 */
export function setMatrixCell(
  content: MethodologyContent,
  profileIndex: number,
  competencyCode: string,
  patch: Partial<MatrixCell>,
): MethodologyContent {
  const profile = content.positionProfiles[profileIndex];
  if (!profile) {
    return content;
  }
  const cell: MatrixCell = { ...matrixCell(content, profileIndex, competencyCode), ...patch };
  const others = profile.requirements.filter((r) => r.competencyCode !== competencyCode);
  let requirements: Requirement[] = others;
  if (!isEmptyCell(cell)) {
    const order = competencyCodes(content);
    requirements = [...others, { competencyCode, ...cell }].sort(
      (a, b) => order.indexOf(a.competencyCode) - order.indexOf(b.competencyCode),
    );
  }
  return {
    ...content,
    positionProfiles: replaceAt(content.positionProfiles, profileIndex, { ...profile, requirements }),
  };
}

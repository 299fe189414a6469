import { LANGUAGES, type ContentText, type Language, type MethodologyContent } from '@civics/contracts';

/** A broken rule of a methodology version's content, at a JSON-like path. */
export interface IntegrityProblem {
  readonly path: string;
  readonly code:
    | 'duplicate_code'
    | 'scale_not_consecutive'
    | 'indicator_level_outside_scale'
    | 'indicator_missing'
    | 'duplicate_indicator'
    | 'unknown_competency'
    | 'level_outside_scale'
    | 'duplicate_requirement'
    | 'irt_cuts_invalid';
  readonly message: string;
}

/**
 * Cross-reference rules a schema cannot express: unique codes, a scale 1..N, one indicator per
 * level, profiles naming known competencies with levels within the scale.
 */
export function integrityProblems(c: MethodologyContent): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const n = c.scale.length;
  c.scale.forEach((l, i) => {
    if (l.level !== i + 1)
      problems.push({
        path: `scale[${i}].level`,
        code: 'scale_not_consecutive',
        message: `Levels must be numbered 1..${n} in order; found ${l.level} at position ${i + 1}`,
      });
  });
  const areaCodes = new Set<string>();
  const competencyCodes = new Set<string>();
  c.areas.forEach((a, ai) => {
    if (areaCodes.has(a.code))
      problems.push({ path: `areas[${ai}].code`, code: 'duplicate_code', message: `Area code ${a.code} is used twice` });
    areaCodes.add(a.code);
    a.competencies.forEach((comp, ci) => {
      const at = `areas[${ai}].competencies[${ci}]`;
      if (competencyCodes.has(comp.code)) {
        problems.push({ path: `${at}.code`, code: 'duplicate_code', message: `Competency code ${comp.code} is used twice` });
      }
      competencyCodes.add(comp.code);
      const seen = new Set<number>();
      comp.indicators.forEach((ind, ii) => {
        if (ind.level < 1 || ind.level > n)
          problems.push({
            path: `${at}.indicators[${ii}].level`,
            code: 'indicator_level_outside_scale',
            message: `Level ${ind.level} is outside the scale 1..${n}`,
          });
        if (seen.has(ind.level))
          problems.push({
            path: `${at}.indicators[${ii}].level`,
            code: 'duplicate_indicator',
            message: `Level ${ind.level} has two indicators`,
          });
        seen.add(ind.level);
      });
      for (let level = 1; level <= n; level++) {
        if (!seen.has(level))
          problems.push({
            path: `${at}.indicators`,
            code: 'indicator_missing',
            message: `${comp.code} has no indicator for level ${level}`,
          });
      }
    });
  });
  const profileCodes = new Set<string>();
  c.positionProfiles.forEach((p, pi) => {
    if (profileCodes.has(p.code))
      problems.push({ path: `positionProfiles[${pi}].code`, code: 'duplicate_code', message: `Profile code ${p.code} is used twice` });
    profileCodes.add(p.code);
    const named = new Set<string>();
    p.requirements.forEach((r, ri) => {
      const at = `positionProfiles[${pi}].requirements[${ri}]`;
      if (!competencyCodes.has(r.competencyCode))
        problems.push({
          path: `${at}.competencyCode`,
          code: 'unknown_competency',
          message: `${p.code} names unknown competency ${r.competencyCode}`,
        });
      if (named.has(r.competencyCode))
        problems.push({
          path: `${at}.competencyCode`,
          code: 'duplicate_requirement',
          message: `${p.code} lists ${r.competencyCode} twice`,
        });
      named.add(r.competencyCode);
      if (r.requiredLevel > n)
        problems.push({
          path: `${at}.requiredLevel`,
          code: 'level_outside_scale',
          message: `Required level ${r.requiredLevel} is outside the scale 0..${n}`,
        });
    });
  });
  const cuts = c.scoringRule.irtCuts;
  if (cuts && (cuts.length !== n || cuts.some((x, i) => i > 0 && x <= cuts[i - 1]))) {
    problems.push({ path: 'scoringRule.irtCuts', code: 'irt_cuts_invalid', message: `Give ${n} increasing θ cuts, one per level` });
  }
  return problems;
}

export interface MissingTranslation {
  readonly path: string;
  readonly languages: Language[];
}

function missingIn(text: ContentText | undefined): Language[] {
  return LANGUAGES.filter((l) => !text?.[l]);
}

/** Every text that lacks one of the platform languages; an approved version has none. */
export function missingTranslations(c: MethodologyContent): MissingTranslation[] {
  const out: MissingTranslation[] = [];
  const check = (path: string, t: ContentText | undefined) => {
    const langs = missingIn(t);
    if (langs.length) out.push({ path, languages: langs });
  };
  c.scale.forEach((l, i) => {
    check(`scale[${i}].label`, l.label);
    check(`scale[${i}].descriptor`, l.descriptor);
  });
  c.areas.forEach((a, ai) => {
    check(`areas[${ai}].title`, a.title);
    check(`areas[${ai}].description`, a.description);
    a.competencies.forEach((comp, ci) => {
      const at = `areas[${ai}].competencies[${ci}]`;
      check(`${at}.title`, comp.title);
      check(`${at}.description`, comp.description);
      comp.indicators.forEach((ind, ii) => check(`${at}.indicators[${ii}].text`, ind.text));
    });
  });
  c.positionProfiles.forEach((p, pi) => {
    check(`positionProfiles[${pi}].title`, p.title);
    check(`positionProfiles[${pi}].description`, p.description);
  });
  return out;
}

import { AchievedLevels, attestationRecommendation, validateAttestationRules, validateRequirements } from '@civics/domain';
import { CONTENT_LANGUAGES, LocalizedText, POSITION_CATEGORY_CODES } from './framework-content.types';
import { FRAMEWORK_V1_CONTENT as content } from './framework-v1.content';
import { FRAMEWORK_V1_COMPETENCY_CODES } from './framework-v1.profiles';

const competencies = content.areas.flatMap((area) => area.competencies);
const scaleSize = content.scale.length;

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 3 && keys.join() === 'az,en,ru';
}

/** Every localized text in the content, with its path. */
function collectTexts(value: unknown, path = '$'): Array<{ path: string; text: LocalizedText }> {
  if (isLocalizedText(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => collectTexts(child, `${path}.${key}`));
  }
  return [];
}

const texts = collectTexts(content);
const CYRILLIC = /[\u0400-\u04FF]/;
const AZ_SPECIFIC = /[əƏıİğĞşŞçÇöÖüÜ]/;

describe('methodology version 1 seed content', () => {
  it('identifies the framework', () => {
    expect(content.code).toBe('EGOV-ICT');
    expect(content.version).toBe(1);
    expect(content.title.en).toBe('E-Government ICT Competency Framework for the Civil Service');
    expect(content.legalBasis.number).not.toBe('');
    expect(content.legalBasis.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(content.effectiveDate >= content.legalBasis.date).toBe(true);
  });

  it('has a 4-level scale 1..4: Awareness, Practitioner, Advanced, Expert', () => {
    expect(content.scale.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(content.scale.map((l) => l.label.en)).toEqual(['Awareness', 'Practitioner', 'Advanced', 'Expert']);
    expect(content.scale.map((l) => l.label.az)).toEqual(['Məlumatlılıq', 'Praktik', 'Qabaqcıl', 'Ekspert']);
    expect(content.scale.map((l) => l.label.ru)).toEqual(['Осведомлённость', 'Практик', 'Продвинутый', 'Эксперт']);
  });

  it('has the 5 areas DF, ED, IS, EG, PM', () => {
    expect(content.areas).toHaveLength(5);
    expect(content.areas.map((a) => a.code)).toEqual(['DF', 'ED', 'IS', 'EG', 'PM']);
  });

  it('has the 16 competencies DF1..PM4, each in the area of its prefix', () => {
    expect(competencies).toHaveLength(16);
    expect(competencies.map((c) => c.code)).toEqual([...FRAMEWORK_V1_COMPETENCY_CODES]);
    for (const area of content.areas) {
      for (const competency of area.competencies) {
        expect(competency.code.startsWith(area.code)).toBe(true);
      }
    }
    expect(content.areas.map((a) => a.competencies.length)).toEqual([3, 3, 3, 3, 4]);
  });

  it('has unique area and competency codes', () => {
    const codes = [...content.areas.map((a) => a.code), ...competencies.map((c) => c.code)];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every competency one behavioural indicator per level, in level order', () => {
    for (const competency of competencies) {
      expect(competency.indicators.map((i) => i.level)).toEqual([1, 2, 3, 4]);
    }
  });

  it('has every text present and non-empty in az, ru and en', () => {
    // 1 title, 2 legal-basis texts, 4×2 scale texts, 5×2 area texts, 16×(2+4) competency
    // texts, 5×2 profile texts
    expect(texts).toHaveLength(1 + 2 + 8 + 10 + 16 * 6 + 10);
    for (const { path, text } of texts) {
      for (const lang of CONTENT_LANGUAGES) {
        expect({ path, lang, ok: typeof text[lang] === 'string' && text[lang].trim().length > 0 }).toEqual({
          path,
          lang,
          ok: true,
        });
      }
    }
  });

  it('writes each language in its own script: az in Azerbaijani Latin, ru in Cyrillic, en without either', () => {
    for (const { path, text } of texts) {
      expect({ path, azHasCyrillic: CYRILLIC.test(text.az) }).toEqual({ path, azHasCyrillic: false });
      expect({ path, ruHasCyrillic: CYRILLIC.test(text.ru) }).toEqual({ path, ruHasCyrillic: true });
      expect({ path, ruHasAzLetters: /[əƏığĞşŞ]/.test(text.ru) }).toEqual({ path, ruHasAzLetters: false });
      expect({ path, enHasForeign: CYRILLIC.test(text.en) || AZ_SPECIFIC.test(text.en) }).toEqual({
        path,
        enHasForeign: false,
      });
      if (text.az.length > 40) {
        // every Azerbaijani sentence of some length uses at least one Azerbaijani-specific letter
        expect({ path, azSpecific: AZ_SPECIFIC.test(text.az) }).toEqual({ path, azSpecific: true });
      }
    }
  });

  it('does not repeat the same text in different places', () => {
    const english = texts.map((t) => t.text.en);
    const repeated = english.filter((text, i) => english.indexOf(text) !== i);
    // Short labels may legitimately coincide; only whole sentences are compared.
    expect(repeated.filter((text) => text.length > 40)).toEqual([]);
  });

  it('has the 5 position profiles', () => {
    expect(content.positionProfiles).toHaveLength(5);
    expect(content.positionProfiles.map((p) => p.code)).toEqual([...POSITION_CATEGORY_CODES]);
  });

  it('names in every profile each known competency exactly once, with levels 0..4 and positive weights', () => {
    const known = new Set(competencies.map((c) => c.code));
    for (const profile of content.positionProfiles) {
      const codes = profile.requirements.map((r) => r.competencyCode);
      expect(codes.every((code) => known.has(code))).toBe(true);
      expect([...codes].sort()).toEqual([...known].sort());
      for (const row of profile.requirements) {
        expect(Number.isInteger(row.requiredLevel)).toBe(true);
        expect(row.requiredLevel).toBeGreaterThanOrEqual(0);
        expect(row.requiredLevel).toBeLessThanOrEqual(scaleSize);
        expect(row.weight).toBeGreaterThan(0);
      }
      expect(() => validateRequirements(profile.requirements, { scaleSize })).not.toThrow();
    }
  });

  it('makes IS1 and IS2 critical for every position', () => {
    for (const profile of content.positionProfiles) {
      const critical = profile.requirements.filter((r) => r.critical).map((r) => r.competencyCode);
      expect({ profile: profile.code, has: ['IS1', 'IS2'].every((c) => critical.includes(c)) }).toEqual({
        profile: profile.code,
        has: true,
      });
    }
  });

  it('asks leaders for more project leadership and IT specialists for more e-services than a specialist', () => {
    const level = (profileCode: string, competency: string): number =>
      content.positionProfiles.find((p) => p.code === profileCode)?.requirements.find((r) => r.competencyCode === competency)
        ?.requiredLevel ?? -1;
    for (const pm of ['PM2', 'PM3']) {
      expect(level('HEAD_OF_AGENCY', pm)).toBeGreaterThan(level('SPECIALIST', pm));
      expect(level('HEAD_OF_DEPARTMENT', pm)).toBeGreaterThan(level('SPECIALIST', pm));
    }
    for (const code of ['EG1', 'EG2', 'ED2', 'ED3']) {
      expect(level('EGOV_IT_SPECIALIST', code)).toBeGreaterThan(level('SPECIALIST', code));
    }
  });

  it('has the attestation and scoring rules of version 1', () => {
    expect(content.attestationRules).toEqual({
      complianceThreshold: 0.75,
      criticalMustBeMet: true,
      maxToleratedGap: 1,
      certificateValidityMonths: 36,
      retakeWaitingDays: 90,
      trainingDeadlineDays: 180,
      commissionQuorum: 2 / 3,
    });
    expect(() => validateAttestationRules(content.attestationRules)).not.toThrow();
    expect(content.scoringRule).toEqual({
      method: 'mastery',
      masteryThreshold: 0.7,
      lowerLevelsRequired: true,
      irtWhenCalibrated: true,
    });
  });

  it('works with the domain rules: the required levels meet, a critical gap does not', () => {
    for (const profile of content.positionProfiles) {
      const required: AchievedLevels = Object.fromEntries(profile.requirements.map((r) => [r.competencyCode, r.requiredLevel]));
      const atRequired = attestationRecommendation(profile.requirements, required, content.attestationRules, {
        scaleSize,
      });
      expect({ profile: profile.code, outcome: atRequired.outcome }).toEqual({ profile: profile.code, outcome: 'meets' });

      const criticalShort = { ...required, IS2: required['IS2'] - 1 };
      const short = attestationRecommendation(profile.requirements, criticalShort, content.attestationRules, {
        scaleSize,
      });
      expect({ profile: profile.code, outcome: short.outcome, reasons: short.reasons }).toEqual({
        profile: profile.code,
        outcome: 'does_not_meet',
        reasons: ['critical_not_met'],
      });

      const nonCritical = profile.requirements.find((r) => !r.critical && r.requiredLevel > 0);
      if (nonCritical) {
        const oneShort = { ...required, [nonCritical.competencyCode]: nonCritical.requiredLevel - 1 };
        expect(attestationRecommendation(profile.requirements, oneShort, content.attestationRules, { scaleSize }).outcome).toBe(
          'meets_subject_to_training',
        );
      }
    }
  });
});

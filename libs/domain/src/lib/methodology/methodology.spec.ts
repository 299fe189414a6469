import type { MethodologyContent } from '@civics/contracts';
import { integrityProblems, missingTranslations } from './methodology-integrity';
import { diffMethodologyContent } from './methodology-diff';

const t = (en: string) => ({ az: `${en} az`, ru: `${en} ru`, en });

function content(): MethodologyContent {
  return {
    scale: [1, 2].map((level) => ({ level, label: t(`L${level}`), descriptor: t(`D${level}`) })),
    areas: [
      {
        code: 'A',
        title: t('Area A'),
        description: t('About A'),
        competencies: [
          { code: 'A1', title: t('A one'), description: t('d'), indicators: [1, 2].map((level) => ({ level, text: t(`A1 at ${level}`) })) },
          { code: 'A2', title: t('A two'), description: t('d'), indicators: [1, 2].map((level) => ({ level, text: t(`A2 at ${level}`) })) },
        ],
      },
    ],
    positionProfiles: [
      {
        code: 'P',
        title: t('P'),
        description: t('p'),
        requirements: [{ competencyCode: 'A1', requiredLevel: 2, weight: 1, critical: true }],
      },
    ],
    attestationRules: {
      complianceThreshold: 0.75,
      criticalMustBeMet: true,
      maxToleratedGap: 1,
      certificateValidityMonths: 36,
      retakeWaitingDays: 90,
      trainingDeadlineDays: 180,
      commissionQuorum: 2 / 3,
    },
    scoringRule: { method: 'mastery', masteryThreshold: 0.7, lowerLevelsRequired: true, irtWhenCalibrated: false },
  };
}

describe('integrityProblems', () => {
  it('accepts a consistent version', () => {
    expect(integrityProblems(content())).toEqual([]);
  });

  it('lists every broken cross-reference', () => {
    const c = content();
    c.areas[0].competencies[1].code = 'A1';
    c.areas[0].competencies[0].indicators[1].level = 3;
    c.positionProfiles[0].requirements.push({ competencyCode: 'ZZ', requiredLevel: 5, weight: 1, critical: false });
    const codes = integrityProblems(c).map((p) => `${p.code}@${p.path}`);
    expect(codes).toEqual([
      'indicator_level_outside_scale@areas[0].competencies[0].indicators[1].level',
      'indicator_missing@areas[0].competencies[0].indicators',
      'duplicate_code@areas[0].competencies[1].code',
      'unknown_competency@positionProfiles[0].requirements[1].competencyCode',
      'level_outside_scale@positionProfiles[0].requirements[1].requiredLevel',
    ]);
  });
});

describe('missingTranslations', () => {
  it('names texts lacking a language', () => {
    const c = content();
    c.areas[0].competencies[0].indicators[0].text = { en: 'only English' };
    expect(missingTranslations(c)).toEqual([{ path: 'areas[0].competencies[0].indicators[0].text', languages: ['az', 'ru'] }]);
    expect(missingTranslations(content())).toEqual([]);
  });
});

describe('diffMethodologyContent', () => {
  it('finds nothing between equal versions', () => {
    expect(diffMethodologyContent(content(), content()).identical).toBe(true);
  });

  it('lists added, removed and changed competencies, levels, profiles and rules', () => {
    const a = content();
    const b = content();
    b.areas[0].competencies[0].indicators[0].text = t('A1 changed');
    b.areas[0].competencies.splice(1, 1);
    b.areas[0].competencies.push({
      code: 'A3',
      title: t('A three'),
      description: t('d'),
      indicators: [1, 2].map((level) => ({ level, text: t('x') })),
    });
    b.scale[1].label = t('Expert');
    b.positionProfiles[0].requirements[0].requiredLevel = 1;
    b.attestationRules.complianceThreshold = 0.8;
    const d = diffMethodologyContent(a, b);
    expect(d.identical).toBe(false);
    expect(d.competencies.added).toEqual(['A3']);
    expect(d.competencies.removed).toEqual(['A2']);
    expect(d.competencies.changed).toEqual([{ code: 'A1', changes: [{ path: 'indicators.1', from: t('A1 at 1'), to: t('A1 changed') }] }]);
    expect(d.levels.changed[0].code).toBe('2');
    expect(d.profiles.changed[0].changes[0]).toEqual({
      path: 'requirements.A1',
      from: { requiredLevel: 2, weight: 1, critical: true },
      to: { requiredLevel: 1, weight: 1, critical: true },
    });
    expect(d.rules).toEqual([{ path: 'complianceThreshold', from: 0.75, to: 0.8 }]);
    expect(d.areas.changed[0].changes[0].path).toBe('competencies');
  });
});

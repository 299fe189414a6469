import type { ContentText, MethodologyContent } from '@civics/contracts';

const text = (en: string, az?: string, ru?: string): ContentText => ({ en, ...(az ? { az } : {}), ...(ru ? { ru } : {}) }) as ContentText;

/** A small two-area, three-competency, two-level content with two profiles, for unit tests. */
export function testContent(): MethodologyContent {
  return {
    scale: [
      { level: 1, label: text('Basic', 'Əsas', 'Базовый'), descriptor: text('d1', 'd1', 'd1') },
      { level: 2, label: text('Advanced', 'Qabaqcıl', 'Продвинутый'), descriptor: text('d2', 'd2', 'd2') },
    ],
    areas: [
      {
        code: 'DF',
        title: text('Digital', 'Rəqəmsal', 'Цифровые'),
        description: text('desc'),
        competencies: [
          {
            code: 'DF1',
            title: text('Office', 'Ofis'),
            description: text('d', 'd', 'd'),
            indicators: [
              { level: 1, text: text('one', 'bir', 'один') },
              { level: 2, text: text('two') },
            ],
          },
          { code: 'DF2', title: text('Info'), description: text('d'), indicators: [] },
        ],
      },
      {
        code: 'IS',
        title: text('Security'),
        description: text('d'),
        competencies: [{ code: 'IS1', title: text('Hygiene'), description: text('d'), indicators: [] }],
      },
    ],
    positionProfiles: [
      {
        code: 'HEAD',
        title: text('Head'),
        description: text('d'),
        requirements: [
          { competencyCode: 'DF1', requiredLevel: 2, weight: 1, critical: true },
          { competencyCode: 'IS1', requiredLevel: 1, weight: 2, critical: false },
        ],
      },
      { code: 'SPEC', title: text('Specialist'), description: text('d'), requirements: [] },
    ],
    attestationRules: {
      complianceThreshold: 0.8,
      criticalMustBeMet: true,
      maxToleratedGap: 1,
      certificateValidityMonths: 36,
      retakeWaitingDays: 90,
      trainingDeadlineDays: 180,
      commissionQuorum: 0.66,
    },
    scoringRule: { method: 'mastery', masteryThreshold: 0.7, lowerLevelsRequired: true, irtWhenCalibrated: false },
  };
}

import type { MethodologyContent, ScaleLevel } from '@civics/contracts';

/** Rules given to a framework imported without them (a plain CASE package or a CSV). */
export const DEFAULT_ATTESTATION_RULES: MethodologyContent['attestationRules'] = {
  complianceThreshold: 0.75,
  criticalMustBeMet: true,
  maxToleratedGap: 1,
  certificateValidityMonths: 36,
  retakeWaitingDays: 90,
  trainingDeadlineDays: 180,
  commissionQuorum: 2 / 3,
};

export const DEFAULT_SCORING_RULE: MethodologyContent['scoringRule'] = {
  method: 'mastery',
  masteryThreshold: 0.7,
  lowerLevelsRequired: true,
  irtWhenCalibrated: false,
};

/** Largest scale the content schema accepts. */
export const MAX_SCALE_SIZE = 10;

/**
 * Scale of N levels with neutral labels; the label doubles as descriptor so the content is
 * valid until a methodologist writes real descriptors.
 */
export function defaultScale(size: number): ScaleLevel[] {
  return Array.from({ length: Math.max(1, size) }, (_, i) => {
    const n = i + 1;
    const label = { az: `Səviyyə ${n}`, ru: `Уровень ${n}`, en: `Level ${n}` };
    return { level: n, label, descriptor: { ...label } };
  });
}

import type { AttestationRules } from '@civics/domain';
import type { FrameworkContent, ScoringRuleContent } from './framework-content.types';
import { AREA_DF } from './framework-v1.area-df';
import { AREA_ED } from './framework-v1.area-ed';
import { AREA_EG } from './framework-v1.area-eg';
import { AREA_IS } from './framework-v1.area-is';
import { AREA_PM } from './framework-v1.area-pm';
import { FRAMEWORK_V1_POSITION_PROFILES } from './framework-v1.profiles';
import { FRAMEWORK_V1_SCALE } from './framework-v1.scale';

/**
 * Attestation rules of version 1 (field meanings: `AttestationRules` in `@civics/domain`).
 * `commissionQuorum` is a fraction of the session's commission members: 2/3 means
 * ⌈2/3 × members⌉ votes (2 of 3, 4 of 5 or 6, 5 of 7) — see `quorumReached`.
 */
export const FRAMEWORK_V1_ATTESTATION_RULES: Readonly<AttestationRules> = {
  complianceThreshold: 0.75,
  criticalMustBeMet: true,
  maxToleratedGap: 1,
  certificateValidityMonths: 36,
  retakeWaitingDays: 90,
  trainingDeadlineDays: 180,
  commissionQuorum: 2 / 3,
};

/** Scoring rule of version 1: mastery at 70 %, IRT cut scores once items are calibrated. */
export const FRAMEWORK_V1_SCORING_RULE: ScoringRuleContent = {
  method: 'mastery',
  masteryThreshold: 0.7,
  lowerLevelsRequired: true,
  irtWhenCalibrated: true,
};

/**
 * Seed content of methodology version 1, "E-Government ICT Competency Framework for the
 * Civil Service" (DESIGN.md §3).
 */
export const FRAMEWORK_V1_CONTENT: FrameworkContent = {
  code: 'EGOV-ICT',
  title: {
    az: 'Dövlət qulluğu üçün elektron hökumət İKT səriştələri çərçivəsi',
    ru: 'Рамка ИКТ-компетенций электронного правительства для государственной службы',
    en: 'E-Government ICT Competency Framework for the Civil Service',
  },
  version: 1,
  // DEMO: the approving act below is fictional (issuer, number and date are made up for the
  // demo data set). Replace it with the real act of the competent authority before production.
  legalBasis: {
    documentType: 'decision',
    number: '01/26',
    date: '2026-01-15',
    issuer: {
      az: 'Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya',
      ru: 'Комиссия по вопросам государственной службы при Президенте Азербайджанской Республики',
      en: 'Civil Service Commission under the President of the Republic of Azerbaijan',
    },
    citation: {
      az: 'Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiyanın 2026-cı il 15 yanvar tarixli 01/26 nömrəli qərarı ilə təsdiq edilmişdir.',
      ru: 'Утверждено решением Комиссии по вопросам государственной службы при Президенте Азербайджанской Республики от 15 января 2026 года № 01/26.',
      en: 'Approved by Decision No. 01/26 of the Civil Service Commission under the President of the Republic of Azerbaijan dated 15 January 2026.',
    },
  },
  effectiveDate: '2026-02-01',
  scale: FRAMEWORK_V1_SCALE,
  areas: [AREA_DF, AREA_ED, AREA_IS, AREA_EG, AREA_PM],
  positionProfiles: FRAMEWORK_V1_POSITION_PROFILES,
  attestationRules: FRAMEWORK_V1_ATTESTATION_RULES,
  scoringRule: FRAMEWORK_V1_SCORING_RULE,
};

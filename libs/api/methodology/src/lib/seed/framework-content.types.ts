/**
 * Types of the seed content of a methodology version (DESIGN.md §3): the framework
 * (scale, areas, competencies, behavioural indicators), the position profiles, the
 * attestation rules and the scoring rule, with every text in az, ru and en.
 *
 * Plain data types only; profile rows and attestation rules reuse the shapes of the pure
 * rules in `@civics/domain` so the content can be fed to them unchanged.
 */
import type { AttestationRules, CompetencyRequirement } from '@civics/domain';

/** Content languages, Azerbaijani first (DESIGN.md §1). */
export const CONTENT_LANGUAGES = ['az', 'ru', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** A text in every content language. */
export type LocalizedText = Readonly<Record<ContentLanguage, string>>;

/** One level 1..N of the proficiency scale (0 means "none" and is not listed). */
export interface ScaleLevelContent {
  readonly level: number;
  readonly label: LocalizedText;
  readonly descriptor: LocalizedText;
}

/** Observable behaviour that shows a competency at one level. */
export interface BehaviouralIndicatorContent {
  readonly level: number;
  readonly text: LocalizedText;
}

export interface CompetencyContent {
  /** e.g. `IS2`; unique within the version. */
  readonly code: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** One indicator per scale level, in level order 1..N. */
  readonly indicators: readonly BehaviouralIndicatorContent[];
}

export interface AreaContent {
  /** e.g. `IS`; unique within the version. */
  readonly code: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly competencies: readonly CompetencyContent[];
}

/** Position categories of the seed profiles. */
export const POSITION_CATEGORY_CODES = [
  'HEAD_OF_AGENCY',
  'HEAD_OF_DEPARTMENT',
  'LEADING_ADVISER',
  'SPECIALIST',
  'EGOV_IT_SPECIALIST',
] as const;
export type PositionCategoryCode = (typeof POSITION_CATEGORY_CODES)[number];

/**
 * Position profile: for each competency of the framework, the required level 0..N,
 * weight (default 1) and critical flag — rows in the `@civics/domain` shape.
 */
export interface PositionProfileContent {
  readonly code: PositionCategoryCode;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly requirements: readonly Readonly<CompetencyRequirement>[];
}

/** Reference to the act that approves the methodology version. */
export interface LegalBasisContent {
  /** Kind of act, e.g. `decision`, `order`, `decree`. */
  readonly documentType: 'decision' | 'order' | 'decree';
  readonly number: string;
  /** ISO date (YYYY-MM-DD) the act was signed. */
  readonly date: string;
  readonly issuer: LocalizedText;
  /** Full citation as it is printed on protocols and certificates. */
  readonly citation: LocalizedText;
}

/**
 * Scoring rule (DESIGN.md §5). `mastery`: level ℓ is achieved when at least
 * `masteryThreshold` (0..1) of the points of its level-ℓ items are earned and, when
 * `lowerLevelsRequired`, every lower level is achieved. When `irtWhenCalibrated`, competencies
 * whose items are calibrated use the IRT cut-score rule instead.
 */
export interface ScoringRuleContent {
  readonly method: 'mastery';
  readonly masteryThreshold: number;
  readonly lowerLevelsRequired: boolean;
  readonly irtWhenCalibrated: boolean;
}

/** Whole content of one methodology version. */
export interface FrameworkContent {
  readonly code: string;
  readonly title: LocalizedText;
  readonly version: number;
  readonly legalBasis: LegalBasisContent;
  /** ISO date (YYYY-MM-DD) from which the version applies once approved. */
  readonly effectiveDate: string;
  /** Levels 1..N in order; N = scale.length. */
  readonly scale: readonly ScaleLevelContent[];
  readonly areas: readonly AreaContent[];
  readonly positionProfiles: readonly PositionProfileContent[];
  readonly attestationRules: Readonly<AttestationRules>;
  readonly scoringRule: ScoringRuleContent;
}

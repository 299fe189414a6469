import { complianceIndexOfGaps, gaps } from './compliance';
import { AchievedLevels, CompetencyGap, CompetencyRequirement, ScaleOptions } from './compliance.types';
import { DomainError } from './domain-error';
import { assertFiniteNumber } from './validation';

/**
 * Attestation rules of a methodology version (DESIGN.md §3, §4).
 *
 * Field meanings:
 * - `complianceThreshold`: minimum CI, a fraction in [0, 1], for "meets subject to training".
 * - `criticalMustBeMet`: when true, any gap on a `critical` competency rules out
 *   "meets subject to training".
 * - `maxToleratedGap`: largest gap g_c (in scale levels, whole number ≥ 0) still allowed for
 *   "meets subject to training"; a larger gap on any competency means "does not meet".
 * - `certificateValidityMonths`: how long a certificate is valid after issue (whole months ≥ 1).
 * - `retakeWaitingDays`: waiting time before re-attestation after "does not meet" (whole days ≥ 0).
 * - `trainingDeadlineDays`: deadline of the development plan created after
 *   "meets subject to training", counted from the decision (whole days ≥ 1).
 * - `commissionQuorum`: fraction of the session's commission members, in (0, 1], who must
 *   vote for a decision to be valid — see {@link quorumReached}.
 */
export interface AttestationRules {
  complianceThreshold: number;
  criticalMustBeMet: boolean;
  maxToleratedGap: number;
  certificateValidityMonths: number;
  retakeWaitingDays: number;
  trainingDeadlineDays: number;
  commissionQuorum: number;
}

/** Default rules of methodology version 1 (DESIGN.md §3 seed). */
export const DEFAULT_ATTESTATION_RULES: Readonly<AttestationRules> = Object.freeze({
  complianceThreshold: 0.75,
  criticalMustBeMet: true,
  maxToleratedGap: 1,
  certificateValidityMonths: 36,
  retakeWaitingDays: 90,
  trainingDeadlineDays: 180,
  commissionQuorum: 2 / 3,
});

export const ATTESTATION_OUTCOMES = ['meets', 'meets_subject_to_training', 'does_not_meet'] as const;
export type AttestationOutcome = (typeof ATTESTATION_OUTCOMES)[number];

/**
 * Why an outcome was recommended.
 * - `all_requirements_met` (outcome `meets`): every g_c = 0.
 * - `gaps_within_tolerance` (outcome `meets_subject_to_training`): gaps remain but CI, critical
 *   competencies and gap sizes are all within the rules; a development plan closes them.
 * - `ci_below_threshold` (outcome `does_not_meet`): CI < complianceThreshold.
 * - `critical_not_met` (outcome `does_not_meet`): a critical competency has a gap and the rules
 *   require critical competencies to be met.
 * - `gap_above_tolerance` (outcome `does_not_meet`): some g_c > maxToleratedGap.
 * A `does_not_meet` recommendation lists every failing reason, in this order.
 */
export const RECOMMENDATION_REASONS = [
  'all_requirements_met',
  'gaps_within_tolerance',
  'ci_below_threshold',
  'critical_not_met',
  'gap_above_tolerance',
] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];

export interface AttestationRecommendation {
  outcome: AttestationOutcome;
  /** Compliance index, in [0, 1]. */
  ci: number;
  /** Gap rows, one per requirement, in the requirements' order. */
  gaps: CompetencyGap[];
  reasons: RecommendationReason[];
  /** Codes of critical competencies with a gap (whatever `criticalMustBeMet` says). */
  criticalNotMet: string[];
  /** Codes of competencies whose gap exceeds `maxToleratedGap`. */
  gapsAboveTolerance: string[];
}

/**
 * Comparisons of CI with the threshold tolerate this much floating-point drift, so that
 * e.g. CI = 0.7499999999999999 from rounding still counts as 0.75.
 */
export const CI_EPSILON = 1e-9;

function ruleError(field: keyof AttestationRules, message: string, value: unknown): DomainError {
  return new DomainError('INVALID_RULE', `${field} ${message}, got ${String(value)}`, { field, value });
}

/** Checks the ranges documented on {@link AttestationRules}; throws `INVALID_RULE` / `NON_FINITE_NUMBER` / `INVALID_QUORUM`. */
export function validateAttestationRules(rules: AttestationRules): void {
  assertFiniteNumber(rules.complianceThreshold, 'complianceThreshold');
  if (rules.complianceThreshold < 0 || rules.complianceThreshold > 1) {
    throw ruleError('complianceThreshold', 'must be within 0..1', rules.complianceThreshold);
  }
  if (typeof rules.criticalMustBeMet !== 'boolean') {
    throw ruleError('criticalMustBeMet', 'must be a boolean', rules.criticalMustBeMet);
  }
  const wholeNumbers: ReadonlyArray<[keyof AttestationRules, number, number]> = [
    ['maxToleratedGap', rules.maxToleratedGap, 0],
    ['certificateValidityMonths', rules.certificateValidityMonths, 1],
    ['retakeWaitingDays', rules.retakeWaitingDays, 0],
    ['trainingDeadlineDays', rules.trainingDeadlineDays, 1],
  ];
  for (const [field, value, min] of wholeNumbers) {
    assertFiniteNumber(value, field);
    if (!Number.isInteger(value) || value < min) {
      throw ruleError(field, `must be a whole number >= ${min}`, value);
    }
  }
  assertQuorum(rules.commissionQuorum);
}

/**
 * Attestation recommendation (DESIGN.md §4):
 * - `meets` when every gap is 0;
 * - `meets_subject_to_training` when CI ≥ threshold, every critical competency is met
 *   (if `criticalMustBeMet`) and no gap exceeds `maxToleratedGap`;
 * - `does_not_meet` otherwise, with every failing reason listed.
 *
 * @throws DomainError for invalid requirements, levels or rules.
 */
export function attestationRecommendation(
  requirements: readonly CompetencyRequirement[],
  achieved: AchievedLevels,
  rules: AttestationRules,
  options: ScaleOptions = {},
): AttestationRecommendation {
  validateAttestationRules(rules);
  const rows = gaps(requirements, achieved, options);
  const ci = complianceIndexOfGaps(rows);
  const criticalNotMet = rows.filter((row) => row.critical && row.gap > 0).map((row) => row.code);
  const gapsAboveTolerance = rows.filter((row) => row.gap > rules.maxToleratedGap).map((row) => row.code);
  const base = { ci, gaps: rows, criticalNotMet, gapsAboveTolerance };

  if (rows.every((row) => row.gap === 0)) {
    return { outcome: 'meets', reasons: ['all_requirements_met'], ...base };
  }
  const reasons: RecommendationReason[] = [];
  if (ci < rules.complianceThreshold - CI_EPSILON) reasons.push('ci_below_threshold');
  if (rules.criticalMustBeMet && criticalNotMet.length > 0) reasons.push('critical_not_met');
  if (gapsAboveTolerance.length > 0) reasons.push('gap_above_tolerance');
  if (reasons.length > 0) {
    return { outcome: 'does_not_meet', reasons, ...base };
  }
  return { outcome: 'meets_subject_to_training', reasons: ['gaps_within_tolerance'], ...base };
}

/** Tolerance for floating-point drift in quorum × membersTotal (e.g. 2/3 × 3). */
const QUORUM_EPSILON = 1e-9;

function assertQuorum(quorum: number): void {
  if (typeof quorum !== 'number' || !Number.isFinite(quorum) || quorum <= 0 || quorum > 1) {
    throw new DomainError('INVALID_QUORUM', `commissionQuorum must be a fraction in (0, 1], got ${String(quorum)}`, {
      field: 'commissionQuorum',
      value: quorum,
    });
  }
}

function assertCount(value: number, field: string, min: number): void {
  assertFiniteNumber(value, field);
  if (!Number.isInteger(value) || value < min) {
    throw new DomainError('INVALID_VOTE_COUNT', `${field} must be a whole number >= ${min}, got ${value}`, {
      field,
      value,
    });
  }
}

/**
 * Smallest number of votes that reaches the quorum: ⌈quorum × membersTotal⌉, at least 1.
 * A tiny tolerance absorbs floating-point drift, so quorum 2/3 of 3 members needs 2 votes,
 * of 6 members 4 votes; quorum 0.5 of 4 members needs 2 votes, of 5 members 3 votes.
 *
 * @throws DomainError `INVALID_QUORUM` or `INVALID_VOTE_COUNT`.
 */
export function votesNeededForQuorum(membersTotal: number, quorum: number): number {
  assertCount(membersTotal, 'membersTotal', 1);
  assertQuorum(quorum);
  return Math.max(1, Math.ceil(quorum * membersTotal - QUORUM_EPSILON));
}

/**
 * Quorum semantics: `quorum` is a **fraction of the commission's members** in (0, 1]
 * (e.g. 2/3), not an absolute count; the quorum is reached when
 * votesCast ≥ ⌈quorum × membersTotal⌉ (and at least one vote). A fraction keeps one rule
 * valid for commissions of any size.
 *
 * @throws DomainError `INVALID_QUORUM`, or `INVALID_VOTE_COUNT` when counts are not whole
 *   numbers, membersTotal < 1, votesCast < 0 or votesCast > membersTotal.
 */
export function quorumReached(membersTotal: number, votesCast: number, quorum: number): boolean {
  const needed = votesNeededForQuorum(membersTotal, quorum);
  assertCount(votesCast, 'votesCast', 0);
  if (votesCast > membersTotal) {
    throw new DomainError('INVALID_VOTE_COUNT', `votesCast (${votesCast}) exceeds membersTotal (${membersTotal})`, {
      field: 'votesCast',
      value: votesCast,
      membersTotal,
    });
  }
  return votesCast >= needed;
}

import {
  AttestationRules,
  DEFAULT_ATTESTATION_RULES,
  attestationRecommendation,
  quorumReached,
  validateAttestationRules,
  votesNeededForQuorum,
} from './attestation';
import { CompetencyRequirement } from './compliance.types';
import { DomainError, DomainErrorCode } from './domain-error';

const req = (competencyCode: string, requiredLevel: number, weight = 1, critical = false): CompetencyRequirement => ({
  competencyCode,
  requiredLevel,
  weight,
  critical,
});

const rules: AttestationRules = { ...DEFAULT_ATTESTATION_RULES };
// A: r=3 w=2 critical; B: r=2; C: r=4; D: r=0
const profile = [req('A', 3, 2, true), req('B', 2), req('C', 4), req('D', 0, 5)];

function codeOf(fn: () => unknown): DomainErrorCode | 'no error' | 'other error' {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other error';
  }
}

describe('attestationRecommendation', () => {
  it('meets: every gap is 0', () => {
    const result = attestationRecommendation(profile, { A: 4, B: 2, C: 4 }, rules);
    expect(result.outcome).toBe('meets');
    expect(result.ci).toBe(1);
    expect(result.reasons).toEqual(['all_requirements_met']);
    expect(result.criticalNotMet).toEqual([]);
    expect(result.gaps.map((g) => g.gap)).toEqual([0, 0, 0, 0]);
  });

  it('meets subject to training: CI 0.8125 ≥ 0.75, critical met, gaps of 1', () => {
    const result = attestationRecommendation(profile, { A: 3, B: 1, C: 3 }, rules);
    expect(result.outcome).toBe('meets_subject_to_training');
    expect(result.ci).toBeCloseTo(0.8125, 12);
    expect(result.reasons).toEqual(['gaps_within_tolerance']);
    expect(result.gapsAboveTolerance).toEqual([]);
    expect(result.gaps.filter((g) => g.gap > 0).map((g) => g.code)).toEqual(['B', 'C']);
  });

  it('meets subject to training exactly at the threshold (CI = 0.75)', () => {
    const result = attestationRecommendation([req('A', 4), req('B', 4)], { A: 3, B: 3 }, rules);
    expect(result.ci).toBe(0.75);
    expect(result.outcome).toBe('meets_subject_to_training');
  });

  it('tolerates floating-point drift at the threshold', () => {
    // (0.1·1 + 0.3·2/3) / 0.4 is exactly 0.75 on paper, 0.7499999999999999 in floating point.
    const result = attestationRecommendation([req('A', 3, 0.1), req('B', 3, 0.3)], { A: 3, B: 2 }, rules);
    expect(result.ci).toBeLessThan(0.75);
    expect(result.ci).toBeCloseTo(0.75, 12);
    expect(result.outcome).toBe('meets_subject_to_training');
  });

  it('does not meet: a critical competency has a gap (CI 10/12 is otherwise enough)', () => {
    const result = attestationRecommendation(profile, { A: 2, B: 2, C: 4 }, rules);
    expect(result.outcome).toBe('does_not_meet');
    expect(result.ci).toBeCloseTo(10 / 12, 12);
    expect(result.reasons).toEqual(['critical_not_met']);
    expect(result.criticalNotMet).toEqual(['A']);
  });

  it('the critical gap is tolerated when the rules do not require critical competencies to be met', () => {
    const result = attestationRecommendation(profile, { A: 2, B: 2, C: 4 }, { ...rules, criticalMustBeMet: false });
    expect(result.outcome).toBe('meets_subject_to_training');
    expect(result.criticalNotMet).toEqual(['A']);
  });

  it('does not meet: a gap of 2 exceeds the tolerated gap of 1 (CI 0.875)', () => {
    const result = attestationRecommendation(profile, { A: 3, B: 2, C: 2 }, rules);
    expect(result.outcome).toBe('does_not_meet');
    expect(result.ci).toBeCloseTo(0.875, 12);
    expect(result.reasons).toEqual(['gap_above_tolerance']);
    expect(result.gapsAboveTolerance).toEqual(['C']);
  });

  it('the same gap of 2 is acceptable when the tolerated gap is 2', () => {
    expect(attestationRecommendation(profile, { A: 3, B: 2, C: 2 }, { ...rules, maxToleratedGap: 2 }).outcome).toBe(
      'meets_subject_to_training',
    );
  });

  it('does not meet: CI 0.8125 is below a threshold of 0.85', () => {
    const result = attestationRecommendation(profile, { A: 3, B: 1, C: 3 }, { ...rules, complianceThreshold: 0.85 });
    expect(result.outcome).toBe('does_not_meet');
    expect(result.reasons).toEqual(['ci_below_threshold']);
  });

  it('does not meet with every failing reason when nothing was measured', () => {
    const result = attestationRecommendation(profile, {}, rules);
    expect(result.outcome).toBe('does_not_meet');
    expect(result.ci).toBe(0);
    expect(result.reasons).toEqual(['ci_below_threshold', 'critical_not_met', 'gap_above_tolerance']);
    expect(result.gapsAboveTolerance).toEqual(['A', 'B', 'C']);
  });

  it('an empty profile (Σw = 0) meets the requirements', () => {
    const result = attestationRecommendation([], {}, rules);
    expect(result).toMatchObject({ outcome: 'meets', ci: 1, reasons: ['all_requirements_met'] });
  });

  it('validates the rules', () => {
    expect(codeOf(() => attestationRecommendation(profile, {}, { ...rules, complianceThreshold: 1.2 }))).toBe('INVALID_RULE');
    expect(codeOf(() => attestationRecommendation(profile, {}, { ...rules, complianceThreshold: Number.NaN }))).toBe('NON_FINITE_NUMBER');
    expect(codeOf(() => attestationRecommendation(profile, {}, { ...rules, maxToleratedGap: -1 }))).toBe('INVALID_RULE');
    expect(codeOf(() => attestationRecommendation(profile, {}, { ...rules, maxToleratedGap: 0.5 }))).toBe('INVALID_RULE');
    expect(codeOf(() => validateAttestationRules({ ...rules, certificateValidityMonths: 0 }))).toBe('INVALID_RULE');
    expect(codeOf(() => validateAttestationRules({ ...rules, trainingDeadlineDays: 0 }))).toBe('INVALID_RULE');
    expect(codeOf(() => validateAttestationRules({ ...rules, retakeWaitingDays: -3 }))).toBe('INVALID_RULE');
    expect(codeOf(() => validateAttestationRules({ ...rules, commissionQuorum: 0 }))).toBe('INVALID_QUORUM');
    expect(codeOf(() => validateAttestationRules({ ...rules, retakeWaitingDays: 0 }))).toBe('no error');
    expect(codeOf(() => validateAttestationRules(DEFAULT_ATTESTATION_RULES))).toBe('no error');
  });

  it('validates levels against the given scale size', () => {
    expect(codeOf(() => attestationRecommendation([req('A', 6)], { A: 6 }, rules))).toBe('LEVEL_OUT_OF_RANGE');
    expect(attestationRecommendation([req('A', 6)], { A: 6 }, rules, { scaleSize: 6 }).outcome).toBe('meets');
  });
});

describe('quorum (fraction of commission members)', () => {
  it('needs ⌈quorum × members⌉ votes', () => {
    expect(votesNeededForQuorum(3, 2 / 3)).toBe(2);
    expect(votesNeededForQuorum(6, 2 / 3)).toBe(4);
    expect(votesNeededForQuorum(7, 2 / 3)).toBe(5);
    expect(votesNeededForQuorum(4, 0.5)).toBe(2);
    expect(votesNeededForQuorum(5, 0.5)).toBe(3);
    expect(votesNeededForQuorum(5, 1)).toBe(5);
    expect(votesNeededForQuorum(3, 0.01)).toBe(1);
  });

  it('is reached with enough votes and not with fewer', () => {
    expect(quorumReached(3, 2, 2 / 3)).toBe(true);
    expect(quorumReached(3, 1, 2 / 3)).toBe(false);
    expect(quorumReached(6, 4, 2 / 3)).toBe(true);
    expect(quorumReached(6, 3, 2 / 3)).toBe(false);
    expect(quorumReached(5, 3, 0.5)).toBe(true);
    expect(quorumReached(5, 2, 0.5)).toBe(false);
    expect(quorumReached(7, 7, 1)).toBe(true);
    expect(quorumReached(7, 6, 1)).toBe(false);
    expect(quorumReached(3, 0, 0.01)).toBe(false);
  });

  it('rejects invalid quorums and counts', () => {
    expect(codeOf(() => quorumReached(3, 2, 0))).toBe('INVALID_QUORUM');
    expect(codeOf(() => quorumReached(3, 2, 1.5))).toBe('INVALID_QUORUM');
    expect(codeOf(() => quorumReached(3, 2, Number.NaN))).toBe('INVALID_QUORUM');
    expect(codeOf(() => quorumReached(3, 4, 0.5))).toBe('INVALID_VOTE_COUNT');
    expect(codeOf(() => quorumReached(0, 0, 0.5))).toBe('INVALID_VOTE_COUNT');
    expect(codeOf(() => quorumReached(3, -1, 0.5))).toBe('INVALID_VOTE_COUNT');
    expect(codeOf(() => quorumReached(3.5, 2, 0.5))).toBe('INVALID_VOTE_COUNT');
    expect(codeOf(() => quorumReached(3, Number.NaN, 0.5))).toBe('NON_FINITE_NUMBER');
  });
});

describe('attestationRecommendation on hand-made candidates of a specialist position', () => {
  // Version 1's SPECIALIST profile: [required, weight, critical]; IS1 and IS2 are critical.
  const specialist: CompetencyRequirement[] = (
    [
      ['DF1', 2, 1, false],
      ['DF2', 2, 1, false],
      ['DF3', 2, 2, false],
      ['ED1', 2, 2, false],
      ['ED2', 2, 1, false],
      ['ED3', 2, 1, false],
      ['IS1', 2, 2, true],
      ['IS2', 2, 2, true],
      ['IS3', 1, 1, false],
      ['EG1', 1, 1, false],
      ['EG2', 1, 1, false],
      ['EG3', 1, 1, false],
      ['PM1', 1, 1, false],
      ['PM2', 1, 1, false],
      ['PM3', 1, 1, false],
      ['PM4', 1, 1, false],
    ] as const
  ).map(([c, r, w, k]) => req(c, r, w, k));
  const atRequired = Object.fromEntries(specialist.map((r) => [r.competencyCode, r.requiredLevel]));
  const v1 = { ...DEFAULT_ATTESTATION_RULES };

  it('Aysel: every level reached or exceeded → meets', () => {
    const result = attestationRecommendation(specialist, { ...atRequired, DF1: 4, EG1: 3 }, v1, { scaleSize: 4 });
    expect(result).toMatchObject({ outcome: 'meets', ci: 1, criticalNotMet: [], gapsAboveTolerance: [] });
  });

  it('Rauf: one level short on ED1, DF2 and PM2 (CI 0.85), critical ones met → meets subject to training', () => {
    const result = attestationRecommendation(specialist, { ...atRequired, ED1: 1, DF2: 1, PM2: 0 }, v1, { scaleSize: 4 });
    // Σw = 20; the shortfalls cost 2·½ + 1·½ + 1·1 = 2.5 → CI = 17.5 / 20.
    expect(result.ci).toBeCloseTo(0.875, 12);
    expect(result.outcome).toBe('meets_subject_to_training');
    expect(result.gaps.filter((g) => g.gap > 0).map((g) => g.code)).toEqual(['DF2', 'ED1', 'PM2']);
  });

  it('Nigar: IS2 (critical) one level short, everything else met → does not meet', () => {
    const result = attestationRecommendation(specialist, { ...atRequired, IS2: 1 }, v1, { scaleSize: 4 });
    expect(result.ci).toBeCloseTo(0.95, 12);
    expect(result).toMatchObject({ outcome: 'does_not_meet', reasons: ['critical_not_met'], criticalNotMet: ['IS2'] });
  });

  it('Tural: never measured on DF3 and ED2 → gap of 2 and CI 0.85 → does not meet', () => {
    const { DF3: _a, ED2: _b, ...rest } = atRequired;
    const result = attestationRecommendation(specialist, rest, v1, { scaleSize: 4 });
    expect(result.ci).toBeCloseTo(0.85, 12);
    expect(result).toMatchObject({ outcome: 'does_not_meet', reasons: ['gap_above_tolerance'], gapsAboveTolerance: ['DF3', 'ED2'] });
  });

  it('Leyla: many small gaps bring CI to 0.7 → does not meet for the compliance index alone', () => {
    // Six competencies one level short of 2 and two of 1 not reached: 6 of 20 weighted points lost.
    const short = { ...atRequired, DF1: 1, DF2: 1, DF3: 1, ED1: 1, ED2: 1, ED3: 1, IS3: 0, EG1: 0 };
    const result = attestationRecommendation(specialist, short, v1, { scaleSize: 4 });
    expect(result.ci).toBeCloseTo(0.7, 12);
    expect(result).toMatchObject({ outcome: 'does_not_meet', reasons: ['ci_below_threshold'] });
  });
});

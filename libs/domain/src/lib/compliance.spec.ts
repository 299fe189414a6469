import { complianceIndex, gaps, isFullyCompliant } from './compliance';
import { CompetencyRequirement } from './compliance.types';

const req = (competencyCode: string, requiredLevel: number, weight = 1, critical = false): CompetencyRequirement => ({
  competencyCode,
  requiredLevel,
  weight,
  critical,
});

// A: r=3 w=2 critical; B: r=2 w=1; C: r=4 w=1; D: r=0 w=5 (not required → left out of CI)
const profile: CompetencyRequirement[] = [req('A', 3, 2, true), req('B', 2), req('C', 4), req('D', 0, 5)];

describe('gaps', () => {
  it('computes g_c and m_c per competency, in the order of the requirements', () => {
    expect(gaps(profile, { A: 3, B: 1, C: 3 })).toEqual([
      { code: 'A', required: 3, achieved: 3, gap: 0, compliance: 1, weight: 2, critical: true },
      { code: 'B', required: 2, achieved: 1, gap: 1, compliance: 0.5, weight: 1, critical: false },
      { code: 'C', required: 4, achieved: 3, gap: 1, compliance: 0.75, weight: 1, critical: false },
      { code: 'D', required: 0, achieved: 0, gap: 0, compliance: null, weight: 5, critical: false },
    ]);
  });

  it('treats a never-measured competency as level 0', () => {
    const [a] = gaps([req('A', 3)], {});
    expect(a).toMatchObject({ achieved: 0, gap: 3, compliance: 0 });
  });

  it('caps compliance at 1 and gap at 0 when the achieved level exceeds the required one', () => {
    const [a] = gaps([req('A', 2)], { A: 4 });
    expect(a).toMatchObject({ achieved: 4, gap: 0, compliance: 1 });
  });

  it('ignores achieved levels of competencies that are not in the profile', () => {
    expect(gaps([req('A', 1)], { A: 1, Z: 4 })).toHaveLength(1);
  });

  it('does not read inherited properties as achieved levels', () => {
    const [row] = gaps([req('constructor', 2)], {});
    expect(row.achieved).toBe(0);
  });
});

describe('complianceIndex', () => {
  it('is the weighted mean of m_c over required competencies: (2·1 + 0.5 + 0.75) / 4 = 0.8125', () => {
    expect(complianceIndex(profile, { A: 3, B: 1, C: 3 })).toBeCloseTo(0.8125, 12);
  });

  it('is 10/12 when the heavy critical competency is one level short', () => {
    // m_A = 2/3, weight 2: (4/3 + 1 + 1) / 4 = 10/12
    expect(complianceIndex(profile, { A: 2, B: 2, C: 4 })).toBeCloseTo(10 / 12, 12);
  });

  it('is 0 when nothing was measured and 1 when every level is reached', () => {
    expect(complianceIndex(profile, {})).toBe(0);
    expect(complianceIndex(profile, { A: 3, B: 2, C: 4 })).toBe(1);
  });

  it('does not let a competency with r_c = 0 dilute the index despite its weight', () => {
    expect(complianceIndex(profile, { A: 3, B: 2, C: 4, D: 0 })).toBe(1);
  });

  it('is 1 when Σw = 0: no requirements at all', () => {
    expect(complianceIndex([], {})).toBe(1);
  });

  it('is 1 when Σw = 0: every competency has r_c = 0', () => {
    expect(complianceIndex([req('A', 0), req('B', 0, 3)], {})).toBe(1);
  });

  it('is 1 when Σw = 0: every required competency weighs 0, although gaps remain', () => {
    const zeroWeights = [req('A', 3, 0), req('B', 2, 0)];
    expect(complianceIndex(zeroWeights, { A: 1 })).toBe(1);
    expect(isFullyCompliant(zeroWeights, { A: 1 })).toBe(false);
  });

  it('weights: a weight-0 competency does not count, a weight-3 one counts three times', () => {
    // A: m=0.5 w=3; B: m=1 w=1; C: m=0 w=0 → (1.5 + 1) / 4 = 0.625
    expect(complianceIndex([req('A', 2, 3), req('B', 1, 1), req('C', 4, 0)], { A: 1, B: 1 })).toBeCloseTo(0.625, 12);
  });

  it('works on a larger scale (N = 10)', () => {
    // m_A = 7/10, m_B = 5/5 → (0.7 + 1) / 2 = 0.85
    expect(complianceIndex([req('A', 10), req('B', 5)], { A: 7, B: 9 }, { scaleSize: 10 })).toBeCloseTo(0.85, 12);
  });

  it('works on a scale of size 1 (required / not required)', () => {
    expect(complianceIndex([req('A', 1), req('B', 1)], { A: 1, B: 0 }, { scaleSize: 1 })).toBe(0.5);
  });
});

describe('isFullyCompliant', () => {
  it('is true only when every gap is 0', () => {
    expect(isFullyCompliant(profile, { A: 3, B: 2, C: 4 })).toBe(true);
    expect(isFullyCompliant(profile, { A: 4, B: 4, C: 4 })).toBe(true);
    expect(isFullyCompliant(profile, { A: 3, B: 2, C: 3 })).toBe(false);
    expect(isFullyCompliant(profile, {})).toBe(false);
  });

  it('is true for an empty profile', () => {
    expect(isFullyCompliant([], {})).toBe(true);
  });
});

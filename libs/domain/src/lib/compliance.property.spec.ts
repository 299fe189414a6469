import fc from 'fast-check';
import { DEFAULT_ATTESTATION_RULES, attestationRecommendation } from './attestation';
import { complianceIndex, gaps, isFullyCompliant } from './compliance';
import { AchievedLevels, CompetencyRequirement } from './compliance.types';

interface Case {
  scaleSize: number;
  requirements: CompetencyRequirement[];
  achieved: AchievedLevels;
}

/** A scale of size 1..10, a profile of 0..12 competencies on it, and achieved levels (some missing). */
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 10 }).chain((scaleSize) =>
  fc
    .uniqueArray(
      fc.record({
        competencyCode: fc.stringMatching(/^[A-Z]{2}[0-9]{1,2}$/),
        requiredLevel: fc.integer({ min: 0, max: scaleSize }),
        weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true })),
        critical: fc.boolean(),
      }),
      { maxLength: 12, selector: (r) => r.competencyCode },
    )
    .chain((requirements) =>
      fc.tuple(...requirements.map(() => fc.option(fc.integer({ min: 0, max: scaleSize }), { nil: undefined }))).map((levels) => {
        const achieved: AchievedLevels = {};
        requirements.forEach((r, i) => {
          const level = levels[i];
          if (level !== undefined) achieved[r.competencyCode] = level;
        });
        return { scaleSize, requirements, achieved };
      }),
    ),
);

describe('compliance properties (scales of size 1..10)', () => {
  it('CI stays within [0, 1]', () => {
    fc.assert(
      fc.property(caseArb, ({ scaleSize, requirements, achieved }) => {
        const ci = complianceIndex(requirements, achieved, { scaleSize });
        expect(ci).toBeGreaterThanOrEqual(0);
        expect(ci).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gaps are never negative, never above the required level, and m_c is in [0, 1] or null iff r_c = 0', () => {
    fc.assert(
      fc.property(caseArb, ({ scaleSize, requirements, achieved }) => {
        for (const row of gaps(requirements, achieved, { scaleSize })) {
          expect(row.gap).toBeGreaterThanOrEqual(0);
          expect(row.gap).toBeLessThanOrEqual(row.required);
          expect(row.gap).toBe(Math.max(0, row.required - row.achieved));
          if (row.required === 0) {
            expect(row.compliance).toBeNull();
          } else {
            expect(row.compliance).not.toBeNull();
            expect(row.compliance).toBeGreaterThanOrEqual(0);
            expect(row.compliance).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('raising any achieved level never lowers CI', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), ({ scaleSize, requirements, achieved }, pick, raise) => {
        fc.pre(requirements.length > 0);
        const code = requirements[pick % requirements.length].competencyCode;
        const before = achieved[code] ?? 0;
        const after = before + (raise % (scaleSize - before + 1));
        const raised = { ...achieved, [code]: after };
        const ciBefore = complianceIndex(requirements, achieved, { scaleSize });
        const ciAfter = complianceIndex(requirements, raised, { scaleSize });
        expect(ciAfter).toBeGreaterThanOrEqual(ciBefore - 1e-12);
      }),
    );
  });

  it('raising a required competency from 0 to its level strictly raises CI when its weight is positive', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ scaleSize, requirements, achieved }, pick) => {
        const candidates = requirements.filter((r) => r.requiredLevel > 0 && r.weight > 1e-6);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length];
        const low = { ...achieved, [target.competencyCode]: 0 };
        const high = { ...achieved, [target.competencyCode]: target.requiredLevel };
        expect(complianceIndex(requirements, high, { scaleSize })).toBeGreaterThan(complianceIndex(requirements, low, { scaleSize }));
      }),
    );
  });

  it('a person meeting every required level is fully compliant, has CI = 1 and gets "meets"', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat()), ({ scaleSize, requirements }, extras) => {
        const achieved: AchievedLevels = {};
        requirements.forEach((r, i) => {
          // at or above the required level
          achieved[r.competencyCode] = r.requiredLevel + ((extras[i] ?? 0) % (scaleSize - r.requiredLevel + 1));
        });
        const result = attestationRecommendation(requirements, achieved, DEFAULT_ATTESTATION_RULES, { scaleSize });
        expect(isFullyCompliant(requirements, achieved, { scaleSize })).toBe(true);
        expect(result.ci).toBe(1);
        expect(result.outcome).toBe('meets');
        expect(result.reasons).toEqual(['all_requirements_met']);
      }),
    );
  });

  it('"meets" happens exactly when the person is fully compliant, and outcomes follow the rules', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        ({ scaleSize, requirements, achieved }, complianceThreshold, criticalMustBeMet, maxToleratedGap) => {
          const rules = { ...DEFAULT_ATTESTATION_RULES, complianceThreshold, criticalMustBeMet, maxToleratedGap };
          const result = attestationRecommendation(requirements, achieved, rules, { scaleSize });
          const full = isFullyCompliant(requirements, achieved, { scaleSize });
          expect(result.outcome === 'meets').toBe(full);
          if (result.outcome === 'meets_subject_to_training') {
            expect(result.ci).toBeGreaterThanOrEqual(complianceThreshold - 1e-9);
            expect(Math.max(...result.gaps.map((g) => g.gap))).toBeLessThanOrEqual(maxToleratedGap);
            if (criticalMustBeMet) expect(result.criticalNotMet).toEqual([]);
          }
          if (result.outcome === 'does_not_meet') {
            expect(result.reasons.length).toBeGreaterThan(0);
            expect(result.reasons).not.toContain('all_requirements_met');
            expect(result.reasons).not.toContain('gaps_within_tolerance');
          }
        },
      ),
    );
  });

  it('CI does not depend on the order of the requirements', () => {
    fc.assert(
      fc.property(caseArb, ({ scaleSize, requirements, achieved }) => {
        const reversed = [...requirements].reverse();
        expect(complianceIndex(reversed, achieved, { scaleSize })).toBeCloseTo(complianceIndex(requirements, achieved, { scaleSize }), 9);
      }),
    );
  });
});

import { Injectable } from '@nestjs/common';
import type { Evidence } from '@civics/contracts';
import { attestationRecommendation } from '@civics/domain';
import { DeliveryService } from '@civics/api-assessment';
import { MethodologyService } from '@civics/api-methodology';

/**
 * The commission's evidence for a candidate: the levels the session's attempt measured, the gaps
 * against the position profile of the attempt's methodology version, CI and the recommendation
 * of that version's attestation rules (DESIGN.md §4). The form's blueprint decides which
 * requirements are attested (a position-profile form: all of them); a competency the form
 * attests but did not measure counts as level 0.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly methodology: MethodologyService,
  ) {}

  /** Null while there is no scored attempt (or the position has no profile in the version). */
  async of(attemptId: string | null): Promise<Evidence | null> {
    if (!attemptId) return null;
    const attempt = await this.delivery.summary(attemptId);
    if (!attempt || attempt.status !== 'scored') return null;
    const version = await this.methodology.get(undefined, attempt.methodologyVersionId);
    const profile = version.content.positionProfiles.find((p) => p.code === attempt.positionCode);
    if (!profile) return null;
    const scope = new Set(attempt.scope);
    const requirements = profile.requirements.filter((r) => r.requiredLevel > 0 && scope.has(r.competencyCode));
    const achieved = Object.fromEntries(attempt.levels.map((l) => [l.competencyCode, l.level]));
    const rules = version.content.attestationRules;
    const r = attestationRecommendation(requirements, achieved, rules, { scaleSize: version.content.scale.length });
    const titles = new Map(version.content.areas.flatMap((a) => a.competencies.map((c) => [c.code, c.title] as const)));
    return {
      attemptId,
      methodologyVersionId: version.id,
      positionCode: attempt.positionCode,
      complianceIndex: r.ci,
      recommendation: r.outcome,
      reasons: r.reasons,
      criticalNotMet: r.criticalNotMet,
      gapsAboveTolerance: r.gapsAboveTolerance,
      rules: {
        complianceThreshold: rules.complianceThreshold,
        criticalMustBeMet: rules.criticalMustBeMet,
        maxToleratedGap: rules.maxToleratedGap,
      },
      competencies: r.gaps.map((g) => ({
        competencyCode: g.code,
        title: titles.get(g.code) ?? { en: g.code },
        required: g.required,
        achieved: g.achieved,
        gap: g.gap,
        weight: g.weight,
        critical: g.critical,
      })),
    };
  }
}

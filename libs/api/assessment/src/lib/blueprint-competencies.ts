import type { MethodologyDetail } from '@civics/contracts';
import type { AssessmentTemplateEntity } from './entities';
import { AssessmentErrorCode, AssessmentException } from './assessment.exception';

/**
 * The competencies a template measures for a person, in framework order, with the level their
 * position requires (null when the position profile does not name the competency).
 */
export function blueprintCompetencies(
  template: AssessmentTemplateEntity,
  version: MethodologyDetail,
  positionCode: string | null,
): { code: string; required: number | null }[] {
  const profile = version.content.positionProfiles.find((p) => p.code === positionCode);
  const requiredOf = new Map((profile?.requirements ?? []).map((r) => [r.competencyCode, r.requiredLevel]));
  let chosen: Set<string>;
  if (template.blueprint.source === 'position_profile') {
    if (!profile)
      throw new AssessmentException(
        AssessmentErrorCode.NoPositionProfile,
        'Your position has no profile in the methodology; ask HR to set your position.',
      );
    chosen = new Set(profile.requirements.filter((r) => r.requiredLevel > 0).map((r) => r.competencyCode));
  } else {
    chosen = new Set(template.blueprint.competencies ?? []);
  }
  return version.content.areas
    .flatMap((a) => a.competencies.map((c) => c.code))
    .filter((code) => chosen.has(code))
    .map((code) => ({ code, required: requiredOf.get(code) ?? null }));
}

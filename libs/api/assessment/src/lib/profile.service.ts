import { Injectable } from '@nestjs/common';
import type { CompetencyProfile } from '@civics/contracts';
import { complianceIndex, gaps, isFullyCompliant } from '@civics/domain';
import type { Actor } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { PersonRepository } from '@civics/api-identity';
import { AttemptRepository } from './attempt.repository';
import { AssessmentErrorCode, AssessmentException } from './assessment.exception';

/** A person's competency profile: the latest measured level per competency against their position. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly persons: PersonRepository,
    private readonly methodology: MethodologyService,
  ) {}

  async forMe(actor: Actor): Promise<CompetencyProfile> {
    if (!actor.personId)
      throw new AssessmentException(AssessmentErrorCode.NoPerson, 'Your account is not linked to a civil servant record.');
    return this.forPerson(actor.personId);
  }

  async forPerson(personId: string): Promise<CompetencyProfile> {
    const person = await this.persons.findById(personId);
    if (!person) throw new AssessmentException(AssessmentErrorCode.NoPerson, 'No civil servant record.');
    const version = await this.methodology.current();
    const profile = version.content.positionProfiles.find((p) => p.code === person.positionCode);
    if (!profile)
      throw new AssessmentException(
        AssessmentErrorCode.NoPositionProfile,
        `The position ${person.positionCode} has no profile in the current methodology.`,
      );
    const latest = new Map((await this.attempts.latestLevels(personId)).map((l) => [l.competencyCode, l]));
    const achieved = Object.fromEntries([...latest].map(([code, l]) => [code, l.level]));
    const options = { scaleSize: version.content.scale.length };
    const rows = gaps(profile.requirements, achieved, options);
    const area = new Map(
      version.content.areas.flatMap((a) => a.competencies.map((c) => [c.code, { area: a.code, title: c.title }] as const)),
    );
    return {
      personId,
      methodologyVersionId: version.id,
      positionCode: profile.code,
      positionTitle: profile.title,
      entries: rows.map((r) => ({
        competencyCode: r.code,
        title: area.get(r.code)?.title ?? { en: r.code },
        areaCode: area.get(r.code)?.area ?? '',
        required: r.required,
        achieved: r.achieved,
        gap: r.gap,
        weight: r.weight,
        critical: r.critical,
        measuredAt: latest.get(r.code)?.measuredAt.toISOString() ?? null,
        sourceAttemptId: latest.get(r.code)?.attemptId ?? null,
      })),
      complianceIndex: complianceIndex(profile.requirements, achieved, options),
      fullyCompliant: isFullyCompliant(profile.requirements, achieved, options),
    };
  }
}

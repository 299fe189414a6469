import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MethodologyDetail } from '@civics/contracts';
import { answerCredit, levelRange, masteryLevel, type LevelPoints } from '@civics/domain';
import { MethodologyService } from '@civics/api-methodology';
import type { ItemEntity } from '@civics/api-item-bank';
import { AttemptRepository } from './attempt.repository';
import { ItemCatalog } from './item-catalog';
import { TemplateService } from './template.service';
import { AdaptiveService } from './adaptive/adaptive.service';
import type { AssessmentTemplateEntity, AttemptEntity, AttemptResultEntity, CompetencyMeasurementEntity } from './entities';

type Scored = { results: AttemptResultEntity[]; measurements: Omit<CompetencyMeasurementEntity, 'id'>[] };

/** Turns an attempt's responses into achieved levels per competency (DESIGN.md §5: mastery rule for fixed forms, IRT rule for adaptive ones). */
@Injectable()
export class ScoringService {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly catalog: ItemCatalog,
    private readonly methodology: MethodologyService,
    private readonly templates: TemplateService,
    private readonly adaptive: AdaptiveService,
  ) {}

  /**
   * Closes and scores the attempt once; later calls change nothing. The methodology version and
   * the items are read before the closing transaction: inside it, a second pool connection per
   * submit would starve the pool when many candidates submit at once.
   */
  async score(attemptId: string, closedAs: 'submitted' | 'expired'): Promise<boolean> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt || attempt.status === 'scored') return false;
    const version = await this.methodology.get(undefined, attempt.methodologyVersionId);
    const template = await this.templates.entity(attempt.templateId);
    const items = await this.catalog.load((await this.attempts.items(attemptId)).map((s) => s.itemId));
    return this.attempts.close(attemptId, closedAs, (m, locked) => this.compute(m, locked, template, version, items));
  }

  private async compute(
    m: EntityManager,
    attempt: AttemptEntity,
    template: AssessmentTemplateEntity,
    version: MethodologyDetail,
    items: ReadonlyMap<string, ItemEntity>,
  ): Promise<Scored> {
    if (template.mode === 'adaptive') return this.computeAdaptive(m, attempt, template, version);
    const rule = version.content.scoringRule;
    const sequence = await this.attempts.itemsIn(m, attempt.id);
    const answers = new Map((await this.attempts.responsesIn(m, attempt.id)).map((r) => [r.itemId, r.answer]));
    const points = new Map<string, LevelPoints[]>();
    for (const s of sequence) {
      const item = items.get(s.itemId);
      if (!item?.content.key) continue;
      const possible = item.content.points;
      const earned = answerCredit(item.content.key, answers.get(item.id) ?? null) * possible;
      points.set(item.competencyCode, [...(points.get(item.competencyCode) ?? []), { level: item.level, earned, possible }]);
    }
    const now = new Date();
    const results: AttemptResultEntity[] = [...points].map(([code, pts]) => ({
      attemptId: attempt.id,
      competencyCode: code,
      earned: pts.reduce((n, p) => n + p.earned, 0),
      possible: pts.reduce((n, p) => n + p.possible, 0),
      achievedLevel: masteryLevel(pts, { threshold: rule.masteryThreshold, lowerLevelsRequired: rule.lowerLevelsRequired }),
    }));
    return { results, measurements: measurementsOf(attempt, results, now) };
  }

  /** IRT rule: the highest level whose cut θ̂ reaches; competencies the attempt never reached are not measured. */
  private async computeAdaptive(
    m: EntityManager,
    attempt: AttemptEntity,
    template: AssessmentTemplateEntity,
    version: MethodologyDetail,
  ): Promise<Scored> {
    const responses = await this.attempts.responsesIn(m, attempt.id);
    const { plan, state, sequence, bank } = await this.adaptive.finalState(m, attempt, template, version, responses);
    const results: AttemptResultEntity[] = [];
    for (const c of plan.config.competencies) {
      const s = state.competencies.get(c.competency);
      if (!s || s.itemsUsed === 0) continue;
      const steps = sequence.filter(
        (q) => q.credit !== null && q.credit !== undefined && bank.get(q.itemId)?.competencyCode === c.competency,
      );
      const points = (q: (typeof steps)[number]) => bank.get(q.itemId)?.content.points ?? 1;
      results.push({
        attemptId: attempt.id,
        competencyCode: c.competency,
        earned: steps.reduce((n, q) => n + (q.credit ?? 0) * points(q), 0),
        possible: steps.reduce((n, q) => n + points(q), 0),
        achievedLevel: levelRange(s.estimate.theta, s.estimate.se, plan.cuts).level,
        theta: s.estimate.theta,
        se: s.estimate.se,
      });
    }
    return { results, measurements: measurementsOf(attempt, results, new Date()) };
  }
}

function measurementsOf(attempt: AttemptEntity, results: readonly AttemptResultEntity[], now: Date): Scored['measurements'] {
  return results.map((r) => ({
    personId: attempt.personId,
    competencyCode: r.competencyCode,
    level: r.achievedLevel,
    attemptId: attempt.id,
    methodologyVersionId: attempt.methodologyVersionId,
    measuredAt: now,
  }));
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { answerCredit, masteryLevel, type LevelPoints } from '@civics/domain';
import type { MethodologyDetail } from '@civics/contracts';
import { MethodologyService } from '@civics/api-methodology';
import type { ItemEntity } from '@civics/api-item-bank';
import { AttemptRepository } from './attempt.repository';
import { ItemCatalog } from './item-catalog';
import type { AttemptEntity, AttemptResultEntity, CompetencyMeasurementEntity } from './entities';

/** Turns an attempt's responses into achieved levels per competency (mastery rule, DESIGN.md §5). */
@Injectable()
export class ScoringService {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly catalog: ItemCatalog,
    private readonly methodology: MethodologyService,
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
    const items = await this.catalog.load((await this.attempts.items(attemptId)).map((s) => s.itemId));
    return this.attempts.close(attemptId, closedAs, (m, locked) => this.compute(m, locked, version, items));
  }

  private async compute(
    m: EntityManager,
    attempt: AttemptEntity,
    version: MethodologyDetail,
    items: ReadonlyMap<string, ItemEntity>,
  ): Promise<{ results: AttemptResultEntity[]; measurements: Omit<CompetencyMeasurementEntity, 'id'>[] }> {
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
    const measurements = results.map((r) => ({
      personId: attempt.personId,
      competencyCode: r.competencyCode,
      level: r.achievedLevel,
      attemptId: attempt.id,
      methodologyVersionId: attempt.methodologyVersionId,
      measuredAt: now,
    }));
    return { results, measurements };
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CalibrationProposalItem, CalibrationReadiness, CalibrationRun } from '@civics/contracts';
import { answerCredit } from '@civics/domain';
import { CalibrationError, calibrate2pl, itemFitRmsd } from '@civics/psychometrics';
import { AppConfig, type Actor, type RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { MethodologyService } from '@civics/api-methodology';
import { ItemRepository, ItemService, type ItemEntity } from '@civics/api-item-bank';
import { ItemCatalog } from '../item-catalog';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import type { CalibrationRunEntity } from '../entities';
import { type DeliveredResponse, QualityRepository } from './quality.repository';
import { STATISTICS_ATTEMPT_WINDOW } from './item-statistics.service';

/** Calibration sees up to this many of the latest scored attempts. */
const CALIBRATION_ATTEMPT_WINDOW = 50_000;

interface CalibrationData {
  items: ItemEntity[];
  /** Attempts × active items: 1 full credit, 0 otherwise, null not presented. */
  matrix: (number | null)[][];
}

/**
 * 2PL calibration of a competency's active items (DESIGN.md §5): responses to every version with
 * the same content count for the active version; the result is a proposal with fit figures that a
 * methodologist accepts (new item versions carry the parameters) or rejects.
 */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly quality: QualityRepository,
    private readonly items: ItemRepository,
    private readonly itemService: ItemService,
    private readonly catalog: ItemCatalog,
    private readonly methodology: MethodologyService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async readiness(): Promise<CalibrationReadiness> {
    const current = await this.methodology.current();
    const competencies = current.content.areas.flatMap((a) => a.competencies);
    const active = await this.items.activeFor(competencies.map((c) => c.code));
    const data = await this.data(active, STATISTICS_ATTEMPT_WINDOW);
    const minSample = this.config.calibrationMinSample;
    return {
      minSample,
      competencies: competencies.map((c) => {
        const cols = data.items.flatMap((item, j) => (item.competencyCode === c.code ? [j] : []));
        const respondents = data.matrix.filter((row) => cols.some((j) => row[j] !== null)).length;
        const counts = cols.map((j) => data.matrix.filter((row) => row[j] !== null).length);
        const fewest = counts.length ? Math.min(...counts) : 0;
        return {
          competencyCode: c.code,
          title: c.title,
          activeItems: cols.length,
          respondents,
          fewestItemResponses: fewest,
          ready: cols.length >= 2 && fewest >= minSample,
        };
      }),
    };
  }

  async run(actor: Actor, competencyCode: string, meta: RequestMeta): Promise<CalibrationRun> {
    const active = await this.items.activeFor([competencyCode]);
    if (active.length < 2)
      throw new AssessmentException(AssessmentErrorCode.CalibrationRefused, 'A competency needs at least two active items to calibrate.', [
        { field: 'body.competencyCode', message: `${active.length} active items`, code: 'too_few_items' },
      ]);
    const { items, matrix } = await this.data(active, CALIBRATION_ATTEMPT_WINDOW);
    const persons = matrix.filter((row) => row.some((x) => x !== null));
    let result;
    try {
      result = calibrate2pl(persons, { minResponses: this.config.calibrationMinSample, itemIds: items.map((i) => i.ref) });
    } catch (e) {
      if (!(e instanceof CalibrationError)) throw e;
      throw new AssessmentException(
        AssessmentErrorCode.CalibrationRefused,
        `Calibration refused: ${e.items.length} item(s) cannot be calibrated yet.`,
        e.items.map((i) => ({
          field: `items.${i.id}`,
          message:
            i.reason === 'too-few-responses'
              ? `${i.id}: ${i.n} responses, at least ${this.config.calibrationMinSample} needed`
              : `${i.id}: every response is the same (constant column), so it carries no information`,
          code: i.reason === 'too-few-responses' ? 'too_few_responses' : 'constant_responses',
        })),
      );
    }
    const params = result.items.map((c) => ({ a: c.a, b: c.b }));
    if (!params.every((p) => Number.isFinite(p.a) && Number.isFinite(p.b)) || !Number.isFinite(result.logLikelihood))
      throw new AssessmentException(
        AssessmentErrorCode.CalibrationRefused,
        'Calibration did not give finite parameters; nothing was stored.',
      );
    const proposal: CalibrationProposalItem[] = result.items.map((c, j) => {
      const item = items[j] as ItemEntity;
      return {
        itemId: item.id,
        ref: item.ref,
        version: item.version,
        level: item.level,
        current: item.irt,
        a: round(c.a),
        b: round(c.b),
        responses: c.n,
        rmsd: round(itemFitRmsd(persons, params, j)),
        atBound: c.atBound,
        newItemId: null,
      };
    });
    const run = await this.quality.insertRun({
      id: randomUUID(),
      competencyCode,
      status: 'proposed',
      persons: result.persons,
      converged: result.converged,
      iterations: result.iterations,
      logLikelihood: result.logLikelihood,
      items: proposal,
      createdByAccountId: actor.accountId,
      createdAt: new Date(),
      decidedByAccountId: null,
      decidedAt: null,
      comment: null,
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'calibration.proposed',
      requestId: meta.requestId,
      details: { runId: run.id, competencyCode, persons: run.persons },
    });
    return toRun(run);
  }

  async list(): Promise<CalibrationRun[]> {
    return (await this.quality.listRuns()).map(toRun);
  }

  async get(id: string): Promise<CalibrationRun> {
    return toRun(await this.entity(id));
  }

  async accept(actor: Actor, id: string, comment: string | undefined, meta: RequestMeta): Promise<CalibrationRun> {
    const run = await this.entity(id);
    if (run.status !== 'proposed') throw decided(run);
    await this.itemService.recalibrate(
      actor,
      run.items.map((i) => ({ itemId: i.itemId, irt: { a: i.a, b: i.b, c: 0, sampleSize: i.responses } })),
      meta,
      async (m, newIds) => {
        const items = run.items.map((i) => ({ ...i, newItemId: newIds.get(i.itemId) ?? null }));
        const ok = await this.quality.decideRun(m, id, {
          status: 'accepted',
          decidedByAccountId: actor.accountId,
          decidedAt: new Date(),
          comment: comment ?? null,
          items,
        });
        if (!ok) throw decided(run);
      },
    );
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'calibration.accepted',
      requestId: meta.requestId,
      details: { runId: id },
    });
    return this.get(id);
  }

  async reject(actor: Actor, id: string, comment: string | undefined, meta: RequestMeta): Promise<CalibrationRun> {
    const run = await this.entity(id);
    const ok = await this.quality.decideRun(null, id, {
      status: 'rejected',
      decidedByAccountId: actor.accountId,
      decidedAt: new Date(),
      comment: comment ?? null,
    });
    if (!ok) throw decided(run);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'calibration.rejected',
      requestId: meta.requestId,
      details: { runId: id },
    });
    return this.get(id);
  }

  /** Attempts × the given active items; a response to an older version with the same content counts for the active one. */
  private async data(active: readonly ItemEntity[], window: number): Promise<CalibrationData> {
    const delivered = await this.quality.scoredResponsesForRefs([...new Set(active.map((i) => i.ref))], window);
    const versions = await this.catalog.load([...new Set(delivered.map((d) => d.itemId))]);
    const activeByRef = new Map(active.map((i) => [i.ref, i]));
    const col = new Map(active.map((i, j) => [i.id, j]));
    const attempts = new Map<string, (number | null)[]>();
    for (const d of delivered) {
      const version = versions.get(d.itemId);
      const target = version ? activeByRef.get(version.ref) : undefined;
      if (!version || !target?.content.key || !sameContent(version, target)) continue;
      const row = attempts.get(d.attemptId) ?? active.map(() => null);
      row[col.get(target.id) as number] = fullCredit(target, d);
      attempts.set(d.attemptId, row);
    }
    return { items: [...active], matrix: [...attempts.values()] };
  }

  private async entity(id: string): Promise<CalibrationRunEntity> {
    const run = await this.quality.findRun(id);
    if (!run) throw new AssessmentException(AssessmentErrorCode.CalibrationNotFound, 'The calibration run was not found.');
    return run;
  }
}

function fullCredit(item: ItemEntity, d: DeliveredResponse): number {
  return answerCredit(item.content.key as NonNullable<ItemEntity['content']['key']>, d.answer) >= 1 - 1e-9 ? 1 : 0;
}

function sameContent(a: ItemEntity, b: ItemEntity): boolean {
  return a.id === b.id || JSON.stringify(a.content) === JSON.stringify(b.content);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function decided(run: CalibrationRunEntity): AssessmentException {
  return new AssessmentException(AssessmentErrorCode.CalibrationDecided, `This calibration was already ${run.status}.`);
}

function toRun(r: CalibrationRunEntity): CalibrationRun {
  return {
    id: r.id,
    competencyCode: r.competencyCode,
    status: r.status,
    persons: r.persons,
    converged: r.converged,
    iterations: r.iterations,
    logLikelihood: r.logLikelihood,
    items: r.items,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    comment: r.comment,
  };
}

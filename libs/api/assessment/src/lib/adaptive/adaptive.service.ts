import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AdaptiveStep, MethodologyDetail, NextItem } from '@civics/contracts';
import { optionOrder } from '@civics/domain';
import { type AdaptiveState, type BankItem, nextAdaptiveItem } from '@civics/psychometrics';
import type { Actor } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { ItemRepository, type ItemEntity } from '@civics/api-item-bank';
import { AttemptRepository, SAVE_GRACE_SECONDS } from '../attempt.repository';
import { TemplateService } from '../template.service';
import { deliveredView, ItemCatalog, shuffledIdsOf } from '../item-catalog';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import type { AssessmentTemplateEntity, AttemptEntity, AttemptItemEntity, ResponseEntity } from '../entities';
import { type AdaptivePlan, adaptivePlan, bankItemOf, creditOf, replay, stepRng } from './adaptive-plan';

/**
 * The adaptive engine behind `GET /api/attempts/:id/next`. The answer to the open item is scored
 * when the next one is asked for (or at submission); that step's θ̂ and SE are stored on the
 * sequence and the answer is locked. The choice of each step depends only on the stored trail and
 * the attempt's seed, so a resumed attempt continues the same sequence.
 */
@Injectable()
export class AdaptiveService {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly templates: TemplateService,
    private readonly items: ItemRepository,
    private readonly catalog: ItemCatalog,
    private readonly methodology: MethodologyService,
  ) {}

  async next(actor: Actor, attemptId: string): Promise<NextItem> {
    const found = await this.attempts.findById(attemptId);
    if (!found || found.personId !== actor.personId)
      throw new AssessmentException(AssessmentErrorCode.AttemptNotFound, 'The attempt was not found.');
    const template = await this.templates.entity(found.templateId);
    if (template.mode !== 'adaptive')
      throw new AssessmentException(AssessmentErrorCode.NotAdaptive, 'This attempt has a fixed form; all its items are already delivered.');
    const version = await this.methodology.get(undefined, found.methodologyVersionId);
    const plan = adaptivePlan(template, version, found.positionCode);
    // Read what can be read before taking the attempt's lock, so the transaction needs no second pool connection.
    const active = await this.items.activeFor(plan.config.competencies.map((c) => c.competency));
    await this.catalog.load((await this.attempts.items(attemptId)).map((s) => s.itemId));
    return this.attempts.withAttemptLock(attemptId, async (m, attempt) => {
      if (!attempt) throw new AssessmentException(AssessmentErrorCode.AttemptNotFound, 'The attempt was not found.');
      const open = attempt.status === 'in_progress' && Date.now() <= attempt.deadline.getTime() + SAVE_GRACE_SECONDS * 1000;
      const sequence = await this.attempts.itemsIn(m, attemptId);
      const bank = await this.catalog.load(sequence.map((s) => s.itemId));
      const current = sequence.at(-1);
      if (current && !current.lockedAt) {
        const answer = (await this.attempts.responsesIn(m, attemptId)).find((r) => r.itemId === current.itemId)?.answer ?? null;
        // Resume: the open item comes back until it has an answer.
        if (!open || answer === null) return this.reply(plan, sequence, bank, open ? current : null);
        await this.scoreStep(m, plan, sequence, bank, current, answer, true);
      }
      if (!open) return this.reply(plan, sequence, bank, null);
      const state = this.state(plan, sequence, bank);
      const askedRefs = new Set(sequence.map((q) => bank.get(q.itemId)?.ref));
      const chosen = this.choose(plan, state, attempt, sequence.length, askedRefs, active);
      if (!chosen) return this.reply(plan, sequence, bank, null);
      const step = this.newStep(template, attempt, chosen.item, sequence.length, state);
      await this.attempts.appendItem(m, step);
      bank.set(chosen.item.id, chosen.item);
      return this.reply(plan, [...sequence, step], bank, step);
    });
  }

  /**
   * At submission or expiry: scores the last open item into the trail and returns the final state,
   * from which the IRT level rule gives each competency's level.
   */
  async finalState(
    m: EntityManager,
    attempt: AttemptEntity,
    template: AssessmentTemplateEntity,
    version: MethodologyDetail,
    responses: readonly ResponseEntity[],
  ): Promise<{ plan: AdaptivePlan; state: AdaptiveState; sequence: AttemptItemEntity[]; bank: Map<string, ItemEntity> }> {
    const plan = adaptivePlan(template, version, attempt.positionCode);
    const sequence = await this.attempts.itemsIn(m, attempt.id);
    const bank = await this.catalog.load(sequence.map((s) => s.itemId));
    const current = sequence.at(-1);
    if (current && !current.lockedAt) {
      const answer = responses.find((r) => r.itemId === current.itemId)?.answer ?? null;
      if (answer !== null) await this.scoreStep(m, plan, sequence, bank, current, answer, false);
    }
    return { plan, state: this.state(plan, sequence, bank), sequence, bank };
  }

  /** The stored trail of an adaptive attempt, for the result page. */
  async trail(attemptId: string): Promise<AdaptiveStep[]> {
    const sequence = await this.attempts.items(attemptId);
    const bank = await this.catalog.load(sequence.map((s) => s.itemId));
    return sequence.map((s) => ({
      position: s.position,
      itemId: s.itemId,
      competencyCode: bank.get(s.itemId)?.competencyCode ?? '',
      thetaBefore: s.thetaBefore ?? 0,
      credit: s.credit ?? null,
      thetaAfter: s.thetaAfter ?? null,
      seAfter: s.seAfter ?? null,
      stopReason: s.stopReason ?? null,
    }));
  }

  /** Steps with a stored credit, replayed in order. */
  private state(plan: AdaptivePlan, sequence: readonly AttemptItemEntity[], bank: ReadonlyMap<string, ItemEntity>): AdaptiveState {
    return replay(
      plan,
      sequence.flatMap((s) => {
        const item = bank.get(s.itemId);
        return item && s.credit !== null && s.credit !== undefined ? [{ item, credit: s.credit }] : [];
      }),
    );
  }

  private async scoreStep(
    m: EntityManager,
    plan: AdaptivePlan,
    sequence: AttemptItemEntity[],
    bank: ReadonlyMap<string, ItemEntity>,
    current: AttemptItemEntity,
    answer: ResponseEntity['answer'],
    lock: boolean,
  ): Promise<void> {
    const item = bank.get(current.itemId);
    if (!item) return;
    current.credit = creditOf(item, answer);
    const after = this.state(plan, sequence, bank).competencies.get(item.competencyCode);
    current.thetaAfter = after?.estimate.theta ?? 0;
    current.seAfter = after?.estimate.se ?? 1;
    current.stopReason = after?.stopReason ?? null;
    if (lock) current.lockedAt = new Date();
    await this.attempts.recordStep(m, current.attemptId, current.position, {
      credit: current.credit,
      thetaAfter: current.thetaAfter,
      seAfter: current.seAfter,
      stopReason: current.stopReason,
      lock,
    });
  }

  private choose(
    plan: AdaptivePlan,
    state: AdaptiveState,
    attempt: AttemptEntity,
    position: number,
    askedRefs: ReadonlySet<string | undefined>,
    active: readonly ItemEntity[],
  ): { item: ItemEntity } | null {
    const byId = new Map(active.map((i) => [i.id, i]));
    const pool = new Map<string, BankItem[]>();
    for (const item of active) {
      const b = bankItemOf(item, plan.cuts);
      pool.set(b.competency, [...(pool.get(b.competency) ?? []), b]);
    }
    // An item asked before in another version is not asked again.
    for (const [code, list] of pool)
      pool.set(
        code,
        list.filter((b) => !askedRefs.has(byId.get(b.id)?.ref)),
      );
    const picked = nextAdaptiveItem(state, pool, stepRng(attempt.seed, position));
    const item = picked ? byId.get(picked.id) : undefined;
    return item ? { item } : null;
  }

  private newStep(
    template: AssessmentTemplateEntity,
    attempt: AttemptEntity,
    item: ItemEntity,
    position: number,
    state: AdaptiveState,
  ): AttemptItemEntity {
    const ids = shuffledIdsOf(item.content.interaction);
    const shuffle = ids && (template.shuffleOptions || item.type === 'ordering');
    return {
      attemptId: attempt.id,
      position,
      itemId: item.id,
      optionOrder: shuffle ? optionOrder(ids, attempt.seed, position) : null,
      thetaBefore: state.competencies.get(item.competencyCode)?.estimate.theta ?? 0,
    };
  }

  private reply(
    plan: AdaptivePlan,
    sequence: readonly AttemptItemEntity[],
    bank: ReadonlyMap<string, ItemEntity>,
    open: AttemptItemEntity | null,
  ): NextItem {
    const state = this.state(plan, sequence, bank);
    const item = open ? bank.get(open.itemId) : undefined;
    return {
      done: !item,
      item: open && item ? deliveredView(item, open.position, open.optionOrder) : null,
      answered: sequence.filter((s) => s.credit !== null && s.credit !== undefined).length,
      competencies: plan.config.competencies.map((c) => {
        const s = state.competencies.get(c.competency);
        return { competencyCode: c.competency, itemsUsed: s?.itemsUsed ?? 0, finished: s?.stopReason !== null };
      }),
    };
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IrtParameters, Item, ItemContent, ItemCreate, ItemListQuery, ItemStatus, ItemUpdate } from '@civics/contracts';
import { answerKeyProblems, levelCuts, startingIrtParameters } from '@civics/domain';
import type { EntityManager } from 'typeorm';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { MethodologyService } from '@civics/api-methodology';
import { ItemRepository } from './item.repository';
import { ItemBankErrorCode, ItemBankException } from './item-bank.exception';
import { toItem } from './item.mapper';
import type { ItemEntity } from './item.entity';

/** Which status an item may move to from which. */
const TRANSITIONS: Record<'review' | 'activate' | 'retire', readonly ItemStatus[]> = {
  review: ['draft'],
  activate: ['reviewed'],
  retire: ['draft', 'reviewed', 'active'],
};

/** The item bank: authoring, versions and the review workflow draft → reviewed → active → retired. */
@Injectable()
export class ItemService {
  constructor(
    private readonly repo: ItemRepository,
    private readonly methodology: MethodologyService,
    private readonly audit: AuditService,
  ) {}

  async list(q: ItemListQuery): Promise<{ items: Item[]; total: number }> {
    const page = await this.repo.list(q);
    return { items: page.items.map(toItem), total: page.total };
  }

  async get(id: string): Promise<Item> {
    return toItem(await this.entity(id));
  }

  async create(actor: Actor | null, input: ItemCreate, meta: RequestMeta | null): Promise<Item> {
    await this.assertContent(input.content);
    const ref = input.ref ?? `${input.content.competencyCode}-${input.content.level}-${randomUUID().slice(0, 8)}`;
    const irt = await this.startingIrt(input.content.level);
    const item = await this.repo.transaction(async (m) =>
      this.repo.insert(this.newVersion(ref, await this.repo.nextVersion(ref, m), input.content, actor?.accountId ?? null, irt), m),
    );
    await this.audit.record({
      actorAccountId: actor?.accountId ?? null,
      action: 'items.created',
      requestId: meta?.requestId ?? null,
      details: { itemId: item.id, ref },
    });
    return toItem(item);
  }

  /** A draft nobody has seen is edited in place; anything else gets a new draft version. */
  async update(actor: Actor, id: string, input: ItemUpdate, meta: RequestMeta): Promise<Item> {
    const item = await this.entity(id);
    await this.assertContent(input.content);
    let result: ItemEntity;
    const levelChanged = input.content.level !== item.level;
    const irt = levelChanged || !item.irt ? await this.startingIrt(input.content.level) : item.irt;
    if (item.status === 'draft' && item.usageCount === 0) {
      item.irt = irt;
      item.content = input.content;
      item.type = input.content.interaction.type;
      item.competencyCode = input.content.competencyCode;
      item.level = input.content.level;
      item.updatedAt = new Date();
      result = await this.repo.save(item);
    } else {
      result = await this.repo.transaction(async (m) =>
        this.repo.insert(this.newVersion(item.ref, await this.repo.nextVersion(item.ref, m), input.content, actor.accountId, irt), m),
      );
    }
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'items.updated',
      requestId: meta.requestId,
      details: { itemId: result.id, ref: item.ref, version: result.version },
    });
    return toItem(result);
  }

  async transition(actor: Actor, id: string, to: 'review' | 'activate' | 'retire', meta: RequestMeta): Promise<Item> {
    const item = await this.entity(id);
    if (!TRANSITIONS[to].includes(item.status)) {
      throw new ItemBankException(ItemBankErrorCode.InvalidTransition, `An item in status ${item.status} cannot be moved by "${to}".`);
    }
    if (to === 'review') {
      if (item.authorAccountId === actor.accountId)
        throw new ItemBankException(ItemBankErrorCode.ReviewerIsAuthor, 'Another methodologist must review this item.');
      if (!item.content.key) throw new ItemBankException(ItemBankErrorCode.KeyMissing, 'Give the item an answer key before review.');
    }
    const status: ItemStatus = to === 'review' ? 'reviewed' : to === 'activate' ? 'active' : 'retired';
    await this.repo.transaction(async (m) => {
      if (status === 'active') await this.repo.retireOtherActive(m, item.ref, item.id);
      await this.repo.setStatus(m, item.id, status, to === 'review' ? actor.accountId : undefined);
      if (to === 'review') await this.repo.clearReviewNote(m, item.id);
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: `items.${status}`,
      requestId: meta.requestId,
      details: { itemId: id, ref: item.ref },
    });
    return this.get(id);
  }

  /**
   * Item quality: a flagged item leaves the forms (its version is retired) and comes back as a
   * new draft with the reason, so it goes through review again before it is used.
   */
  async returnToReview(actor: Actor, id: string, reason: string, meta: RequestMeta): Promise<Item> {
    const item = await this.entity(id);
    if (item.status !== 'active' && item.status !== 'reviewed')
      throw new ItemBankException(ItemBankErrorCode.InvalidTransition, `An item in status ${item.status} cannot be returned to review.`);
    const draft = await this.repo.transaction(async (m) => {
      await this.repo.setStatus(m, item.id, 'retired');
      const next = this.newVersion(item.ref, await this.repo.nextVersion(item.ref, m), item.content, item.authorAccountId, item.irt);
      return this.repo.insert({ ...next, reviewNote: reason }, m);
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'items.returned_to_review',
      requestId: meta.requestId,
      details: { itemId: id, newItemId: draft.id, ref: item.ref, reason },
    });
    return toItem(draft);
  }

  /**
   * Accepted calibration: each active item gets a new active version with the new parameters
   * (the version used in attempts is never changed). `alsoIn` runs in the same transaction.
   * Returns the new version id per old id.
   */
  async recalibrate(
    actor: Actor,
    changes: readonly { itemId: string; irt: IrtParameters }[],
    meta: RequestMeta,
    alsoIn?: (m: EntityManager, newIds: ReadonlyMap<string, string>) => Promise<void>,
  ): Promise<Map<string, string>> {
    const items = new Map((await this.repo.findByIds(changes.map((c) => c.itemId))).map((i) => [i.id, i]));
    const newIds = new Map<string, string>();
    await this.repo.transaction(async (m) => {
      for (const change of changes) {
        const item = items.get(change.itemId);
        if (!item || item.status !== 'active')
          throw new ItemBankException(
            ItemBankErrorCode.InvalidTransition,
            `Item ${change.itemId} is no longer active; run the calibration again.`,
          );
        const next = this.newVersion(item.ref, await this.repo.nextVersion(item.ref, m), item.content, item.authorAccountId, change.irt);
        // One active version per ref: retire the old one first.
        await this.repo.retireOtherActive(m, item.ref, next.id);
        await this.repo.insert({ ...next, status: 'active', reviewerAccountId: item.reviewerAccountId }, m);
        newIds.set(item.id, next.id);
      }
      await alsoIn?.(m, newIds);
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'items.recalibrated',
      requestId: meta.requestId,
      details: { items: Object.fromEntries(newIds) },
    });
    return newIds;
  }

  /** Content checks beyond the schema: the key fits the interaction; the competency and level exist now. */
  async assertContent(content: ItemContent): Promise<void> {
    if (content.key) {
      const problems = answerKeyProblems(content.interaction, content.key);
      if (problems.length) {
        throw new ItemBankException(
          ItemBankErrorCode.KeyMismatch,
          'The answer key does not fit the interaction.',
          problems.map((message) => ({ field: 'body.content.key', message, code: 'key_mismatch' })),
        );
      }
    }
    const current = await this.methodology.current();
    const competency = current.content.areas.flatMap((a) => a.competencies).find((c) => c.code === content.competencyCode);
    if (!competency) {
      throw new ItemBankException(ItemBankErrorCode.UnknownCompetency, 'The competency is not in the current methodology.', [
        { field: 'body.content.competencyCode', message: `Unknown competency ${content.competencyCode}`, code: 'unknown_competency' },
      ]);
    }
    if (content.level > current.content.scale.length) {
      throw new ItemBankException(ItemBankErrorCode.UnknownCompetency, 'The level is outside the scale.', [
        { field: 'body.content.level', message: `The scale has ${current.content.scale.length} levels`, code: 'level_outside_scale' },
      ]);
    }
  }

  private async entity(id: string): Promise<ItemEntity> {
    const item = await this.repo.findById(id);
    if (!item) throw new ItemBankException(ItemBankErrorCode.NotFound, 'The item was not found.');
    return item;
  }

  /** Plausible 2PL parameters from the target level until the item is calibrated (DESIGN.md §5). */
  private async startingIrt(level: number): Promise<IrtParameters> {
    const { content } = await this.methodology.current();
    return startingIrtParameters(level, levelCuts(content.scale.length, content.scoringRule.irtCuts));
  }

  private newVersion(
    ref: string,
    version: number,
    content: ItemContent,
    authorAccountId: string | null,
    irt: IrtParameters | null,
  ): ItemEntity {
    const now = new Date();
    return {
      id: randomUUID(),
      ref,
      version,
      status: 'draft',
      type: content.interaction.type,
      competencyCode: content.competencyCode,
      level: content.level,
      content,
      irt,
      authorAccountId,
      reviewerAccountId: null,
      reviewNote: null,
      usageCount: 0,
      createdAt: now,
      updatedAt: now,
    };
  }
}

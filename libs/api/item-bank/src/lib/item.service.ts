import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Item, ItemContent, ItemCreate, ItemListQuery, ItemStatus, ItemUpdate } from '@civics/contracts';
import { answerKeyProblems } from '@civics/domain';
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
    const item = await this.repo.transaction(async (m) =>
      this.repo.insert(this.newVersion(ref, await this.repo.nextVersion(ref, m), input.content, actor?.accountId ?? null), m),
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
    if (item.status === 'draft' && item.usageCount === 0) {
      item.content = input.content;
      item.type = input.content.interaction.type;
      item.competencyCode = input.content.competencyCode;
      item.level = input.content.level;
      item.updatedAt = new Date();
      result = await this.repo.save(item);
    } else {
      result = await this.repo.transaction(async (m) =>
        this.repo.insert(this.newVersion(item.ref, await this.repo.nextVersion(item.ref, m), input.content, actor.accountId), m),
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
    });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: `items.${status}`,
      requestId: meta.requestId,
      details: { itemId: id, ref: item.ref },
    });
    return this.get(id);
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

  private newVersion(ref: string, version: number, content: ItemContent, authorAccountId: string | null): ItemEntity {
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
      irt: null,
      authorAccountId,
      reviewerAccountId: null,
      usageCount: 0,
      createdAt: now,
      updatedAt: now,
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { Answer, DeliveredItem, Interaction } from '@civics/contracts';
import { ItemRepository, type ItemEntity } from '@civics/api-item-bank';

/**
 * Delivered item versions never change (an edit makes a new version), so this process may keep
 * them in memory; a second replica simply loads its own copy.
 */
@Injectable()
export class ItemCatalog {
  private readonly cache = new Map<string, ItemEntity>();
  /** Loads in flight: many attempts of one form starting at once share them. */
  private readonly loading = new Map<string, Promise<unknown>>();

  constructor(private readonly items: ItemRepository) {}

  async load(ids: readonly string[]): Promise<Map<string, ItemEntity>> {
    const missing = ids.filter((id) => !this.cache.has(id));
    if (missing.length) {
      const fresh = missing.filter((id) => !this.loading.has(id));
      if (fresh.length) {
        const loaded = this.items.findByIds(fresh).then((items) => {
          for (const item of items) this.cache.set(item.id, item);
        });
        const done = loaded.finally(() => fresh.forEach((id) => this.loading.delete(id)));
        for (const id of fresh) this.loading.set(id, done);
      }
      await Promise.all(new Set(missing.map((id) => this.loading.get(id))));
    }
    return new Map(ids.filter((id) => this.cache.has(id)).map((id) => [id, this.cache.get(id) as ItemEntity]));
  }

  async one(id: string): Promise<ItemEntity | undefined> {
    return (await this.load([id])).get(id);
  }
}

/** Option ids of an interaction that the attempt shuffles (matching: the responses). */
export function shuffledIdsOf(i: Interaction): string[] | null {
  switch (i.type) {
    case 'single_choice':
    case 'multiple_response':
    case 'ordering':
      return i.options.map((o) => o.id);
    case 'matching':
      return i.responses.map((o) => o.id);
    default:
      return null;
  }
}

function reorder<T extends { id: string }>(options: readonly T[], order: readonly string[] | null): T[] {
  if (!order) return [...options];
  const byId = new Map(options.map((o) => [o.id, o]));
  return order.map((id) => byId.get(id)).filter((o): o is T => !!o);
}

/** The candidate's view of an item: no key, options in this attempt's order. */
export function deliveredView(item: ItemEntity, position: number, order: string[] | null): DeliveredItem {
  const i = item.content.interaction;
  let interaction: Interaction = i;
  if (i.type === 'single_choice' || i.type === 'multiple_response' || i.type === 'ordering')
    interaction = { ...i, options: reorder(i.options, order) };
  if (i.type === 'matching') interaction = { ...i, responses: reorder(i.responses, order) };
  return {
    itemId: item.id,
    position,
    competencyCode: item.competencyCode,
    type: item.type,
    stem: item.content.stem,
    interaction,
    scenario: null,
  };
}

/** True when every id an answer names belongs to the item. */
export function answerFitsItem(item: ItemEntity, answer: Answer): boolean {
  const i = item.content.interaction;
  if (answer.type !== i.type) return false;
  const ids = new Set(shuffledIdsOf(i) ?? []);
  switch (answer.type) {
    case 'single_choice':
      return ids.has(answer.choice);
    case 'multiple_response':
      return answer.choices.every((c) => ids.has(c));
    case 'ordering':
      return answer.order.every((c) => ids.has(c));
    case 'matching': {
      const premises = new Set(i.type === 'matching' ? i.premises.map((p) => p.id) : []);
      return answer.pairs.every(([p, r]) => premises.has(p) && ids.has(r));
    }
    case 'short_text':
      return i.type === 'short_text' && answer.text.length <= i.maxLength;
    default:
      return true;
  }
}

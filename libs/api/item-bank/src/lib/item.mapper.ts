import type { Item } from '@civics/contracts';
import type { ItemEntity } from './item.entity';

export function toItem(i: ItemEntity): Item {
  return {
    id: i.id,
    ref: i.ref,
    version: i.version,
    status: i.status,
    type: i.type,
    content: i.content,
    authorAccountId: i.authorAccountId,
    reviewerAccountId: i.reviewerAccountId,
    reviewNote: i.reviewNote,
    irt: i.irt,
    usageCount: i.usageCount,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ItemListQuery } from '@civics/contracts';
import { ItemEntity } from './item.entity';

@Injectable()
export class ItemRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(ItemEntity);
  }

  findById(id: string): Promise<ItemEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ItemEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.createQueryBuilder('i').where('i.id IN (:...ids)', { ids }).getMany();
  }

  async list(q: ItemListQuery): Promise<{ items: ItemEntity[]; total: number }> {
    const qb = this.repo.createQueryBuilder('i');
    if (q.competencyCode) qb.andWhere('i.competencyCode = :c', { c: q.competencyCode });
    if (q.level) qb.andWhere('i.level = :l', { l: q.level });
    if (q.status) qb.andWhere('i.status = :s', { s: q.status });
    if (q.type) qb.andWhere('i.type = :t', { t: q.type });
    if (q.q) qb.andWhere(`(i.ref ILIKE :q OR i.content::text ILIKE :q)`, { q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, total] = await qb
      .orderBy('i.competencyCode')
      .addOrderBy('i.level')
      .addOrderBy('i.ref')
      .addOrderBy('i.version')
      .take(q.limit)
      .skip(q.offset)
      .getManyAndCount();
    return { items, total };
  }

  /** Active items of the given competencies, for assembling forms. */
  activeFor(competencyCodes: readonly string[]): Promise<ItemEntity[]> {
    if (competencyCodes.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('i')
      .where(`i.status = 'active' AND i.competencyCode IN (:...codes)`, { codes: competencyCodes })
      .orderBy('i.ref')
      .getMany();
  }

  async nextVersion(ref: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [{ v }] = (await m.query(`SELECT coalesce(max(version), 0) + 1 AS v FROM item WHERE ref = $1`, [ref])) as { v: number }[];
    return Number(v);
  }

  async existsRef(ref: string): Promise<boolean> {
    return (await this.repo.countBy({ ref })) > 0;
  }

  async insert(item: ItemEntity, m: EntityManager = this.ds.manager): Promise<ItemEntity> {
    await m.insert(ItemEntity, item as never);
    return item;
  }

  async save(item: ItemEntity): Promise<ItemEntity> {
    return this.repo.save(item);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /** Retires every other active version of `ref` (one active version at a time). */
  async retireOtherActive(m: EntityManager, ref: string, keepId: string): Promise<void> {
    await m.query(`UPDATE item SET status = 'retired', updated_at = now() WHERE ref = $1 AND status = 'active' AND id <> $2`, [
      ref,
      keepId,
    ]);
  }

  async setStatus(m: EntityManager, id: string, status: ItemEntity['status'], reviewerAccountId?: string): Promise<void> {
    await m.update(ItemEntity, { id }, { status, updatedAt: new Date(), ...(reviewerAccountId ? { reviewerAccountId } : {}) });
  }

  async clearReviewNote(m: EntityManager, id: string): Promise<void> {
    await m.update(ItemEntity, { id }, { reviewNote: null });
  }

  async countActive(): Promise<number> {
    return this.repo.countBy({ status: 'active' });
  }
}

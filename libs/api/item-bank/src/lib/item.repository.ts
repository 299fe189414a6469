import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ItemListQuery } from '@civics/contracts';
import { ClusterEvents, ExpiringCache } from '@civics/api-platform';
import { ItemEntity } from './item.entity';

const ACTIVE_TTL_MS = 2000;

/** Cluster topic: some replica wrote items (its active-items cache is stale elsewhere too). */
export const ITEMS_CHANGED = 'item-bank.items-changed';

@Injectable()
export class ItemRepository {
  private readonly active = new ExpiringCache<ItemEntity[]>(ACTIVE_TTL_MS, 1000);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: ClusterEvents,
  ) {
    events.on(ITEMS_CHANGED, () => this.active.clear());
  }

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

  /**
   * Active items of the given competencies, for assembling forms. Every start of a form needs the
   * same few hundred rows, so one load serves all starts for ACTIVE_TTL_MS (1,000 candidates
   * starting at once cost one query, not 1,000). Item writes drop the cache at once here and, at
   * their commit, on every other replica (ClusterEvents); ACTIVE_TTL_MS bounds it otherwise.
   * Callers must not modify the returned items.
   */
  activeFor(competencyCodes: readonly string[]): Promise<ItemEntity[]> {
    if (competencyCodes.length === 0) return Promise.resolve([]);
    return this.active.get([...competencyCodes].sort().join(','), () =>
      this.repo
        .createQueryBuilder('i')
        .where(`i.status = 'active' AND i.competencyCode IN (:...codes)`, { codes: competencyCodes })
        .orderBy('i.ref')
        .getMany(),
    );
  }

  /** Forgets cached active items (called by every write here). */
  private changed(): void {
    this.active.clear();
  }

  /** Tells the other replicas, at the commit of `m`'s transaction (or now), to forget theirs. */
  private announce(m: EntityManager = this.ds.manager): Promise<void> {
    return this.events.publish(ITEMS_CHANGED, {}, m);
  }

  async nextVersion(ref: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [{ v }] = (await m.query(`SELECT coalesce(max(version), 0) + 1 AS v FROM item WHERE ref = $1`, [ref])) as { v: number }[];
    return Number(v);
  }

  async existsRef(ref: string): Promise<boolean> {
    return (await this.repo.countBy({ ref })) > 0;
  }

  async insert(item: ItemEntity, m: EntityManager = this.ds.manager): Promise<ItemEntity> {
    this.changed();
    await m.insert(ItemEntity, item as never);
    await this.announce(m);
    return item;
  }

  async save(item: ItemEntity): Promise<ItemEntity> {
    this.changed();
    const saved = await this.repo.save(item);
    this.changed();
    await this.announce();
    return saved;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    // Writes inside drop the cache at once; dropping it again after the commit keeps a start
    // that ran in between from holding on to the old rows.
    return this.ds.transaction(work).finally(() => this.changed());
  }

  /** Retires every other active version of `ref` (one active version at a time). */
  async retireOtherActive(m: EntityManager, ref: string, keepId: string): Promise<void> {
    this.changed();
    await m.query(`UPDATE item SET status = 'retired', updated_at = now() WHERE ref = $1 AND status = 'active' AND id <> $2`, [
      ref,
      keepId,
    ]);
    await this.announce(m);
  }

  async setStatus(m: EntityManager, id: string, status: ItemEntity['status'], reviewerAccountId?: string): Promise<void> {
    this.changed();
    await m.update(ItemEntity, { id }, { status, updatedAt: new Date(), ...(reviewerAccountId ? { reviewerAccountId } : {}) });
    await this.announce(m);
  }

  async clearReviewNote(m: EntityManager, id: string): Promise<void> {
    await m.update(ItemEntity, { id }, { reviewNote: null });
  }

  async countActive(): Promise<number> {
    return this.repo.countBy({ status: 'active' });
  }
}

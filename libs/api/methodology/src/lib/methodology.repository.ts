import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MethodologyStatus } from '@civics/contracts';
import { ClusterEvents, readFromReplica } from '@civics/api-platform';
import { MethodologyVersionEntity } from './methodology-version.entity';

/** Cluster topic: some replica wrote a methodology version. */
export const METHODOLOGY_CHANGED = 'methodology.changed';

@Injectable()
export class MethodologyRepository {
  private writes = 0;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: ClusterEvents,
  ) {
    events.on(METHODOLOGY_CHANGED, () => this.writes++);
  }

  /** Tells the other replicas, at the commit of `m`'s transaction (or now), that versions changed. */
  private announce(m: EntityManager = this.ds.manager): Promise<void> {
    return this.events.publish(METHODOLOGY_CHANGED, {}, m);
  }

  /** Changes whenever any replica writes here (readers' caches compare it; see ClusterEvents). */
  get generation(): number {
    return this.writes;
  }

  private get repo() {
    return this.ds.getRepository(MethodologyVersionEntity);
  }

  findById(id: string): Promise<MethodologyVersionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findCurrent(): Promise<MethodologyVersionEntity | null> {
    return this.repo.findOneBy({ isCurrent: true });
  }

  /**
   * The current version for readers of the framework (read replica; see readFromReplica). An
   * approval shows here after the replication delay; writers use findCurrent on the primary.
   */
  findCurrentOnReplica(): Promise<MethodologyVersionEntity | null> {
    return readFromReplica(this.ds, (m) => m.findOneBy(MethodologyVersionEntity, { isCurrent: true }));
  }

  findByCodeAndNumber(code: string, versionNumber: number): Promise<MethodologyVersionEntity | null> {
    return this.repo.findOneBy({ code, versionNumber });
  }

  list(statuses: readonly MethodologyStatus[]): Promise<MethodologyVersionEntity[]> {
    return this.repo
      .createQueryBuilder('m')
      .where('m.status IN (:...statuses)', { statuses })
      .orderBy('m.code', 'ASC')
      .addOrderBy('m.versionNumber', 'DESC')
      .getMany();
  }

  async nextVersionNumber(code: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [{ n }] = (await m.query(`SELECT coalesce(max(version_number), 0) + 1 AS n FROM methodology_version WHERE code = $1`, [
      code,
    ])) as { n: number }[];
    return Number(n);
  }

  async insert(v: MethodologyVersionEntity): Promise<MethodologyVersionEntity> {
    this.writes++;
    await this.repo.insert(v);
    this.writes++;
    await this.announce();
    return v;
  }

  async save(v: MethodologyVersionEntity): Promise<MethodologyVersionEntity> {
    this.writes++;
    const saved = await this.repo.save(v);
    this.writes++;
    await this.announce();
    return saved;
  }

  async delete(id: string): Promise<void> {
    this.writes++;
    await this.repo.delete({ id });
    this.writes++;
    await this.announce();
  }

  /** Runs `work` in one transaction holding a lock that serialises life-cycle changes. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.writes++;
    return this.ds
      .transaction(async (m) => {
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('methodology_version'))`);
        const result = await work(m);
        await this.announce(m);
        return result;
      })
      .finally(() => this.writes++);
  }

  /** Makes `id` the one current version. */
  async makeCurrent(m: EntityManager, id: string): Promise<void> {
    this.writes++;
    await m.update(MethodologyVersionEntity, { isCurrent: true }, { isCurrent: false });
    await m.update(MethodologyVersionEntity, { id }, { isCurrent: true });
    await this.announce(m);
  }

  async update(m: EntityManager, id: string, values: Partial<MethodologyVersionEntity>): Promise<void> {
    this.writes++;
    await m.update(MethodologyVersionEntity, { id }, values as never);
    await this.announce(m);
  }

  findByIdIn(m: EntityManager, id: string): Promise<MethodologyVersionEntity | null> {
    return m.findOneBy(MethodologyVersionEntity, { id });
  }
}

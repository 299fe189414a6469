import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MethodologyStatus } from '@civics/contracts';
import { MethodologyVersionEntity } from './methodology-version.entity';

@Injectable()
export class MethodologyRepository {
  private writes = 0;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Changes whenever this repository writes (readers' caches compare it). */
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
    return v;
  }

  async save(v: MethodologyVersionEntity): Promise<MethodologyVersionEntity> {
    this.writes++;
    return this.repo.save(v);
  }

  async delete(id: string): Promise<void> {
    this.writes++;
    await this.repo.delete({ id });
  }

  /** Runs `work` in one transaction holding a lock that serialises life-cycle changes. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.writes++;
    return this.ds
      .transaction(async (m) => {
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('methodology_version'))`);
        return work(m);
      })
      .finally(() => this.writes++);
  }

  /** Makes `id` the one current version. */
  async makeCurrent(m: EntityManager, id: string): Promise<void> {
    this.writes++;
    await m.update(MethodologyVersionEntity, { isCurrent: true }, { isCurrent: false });
    await m.update(MethodologyVersionEntity, { id }, { isCurrent: true });
  }

  async update(m: EntityManager, id: string, values: Partial<MethodologyVersionEntity>): Promise<void> {
    this.writes++;
    await m.update(MethodologyVersionEntity, { id }, values as never);
  }

  findByIdIn(m: EntityManager, id: string): Promise<MethodologyVersionEntity | null> {
    return m.findOneBy(MethodologyVersionEntity, { id });
  }
}

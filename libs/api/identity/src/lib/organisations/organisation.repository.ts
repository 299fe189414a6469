import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities';

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(OrganisationEntity);
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByCode(code: string): Promise<OrganisationEntity | null> {
    return this.repo.findOneBy({ code });
  }

  all(): Promise<OrganisationEntity[]> {
    return this.repo.find({ order: { path: 'ASC' } });
  }

  /** Every organisation whose path runs through one of the given roots (the roots included). */
  subtrees(rootIds: readonly string[]): Promise<OrganisationEntity[]> {
    if (rootIds.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('o')
      .where(`o.path LIKE ANY(ARRAY(SELECT '%/' || r || '/%' FROM unnest(CAST(:roots AS text[])) r))`, { roots: rootIds })
      .orderBy('o.path', 'ASC')
      .getMany();
  }

  /** True when `organisationId` lies in the subtree of any of `rootIds`. */
  async inSubtree(organisationId: string, rootIds: readonly string[]): Promise<boolean> {
    if (rootIds.length === 0) return false;
    const org = await this.findById(organisationId);
    return !!org && rootIds.some((r) => org.path.includes(`/${r}/`));
  }

  async insert(org: OrganisationEntity): Promise<OrganisationEntity> {
    await this.repo.insert(org);
    return org;
  }
}

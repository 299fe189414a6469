import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationEntity, PersonEntity } from '../entities';

export interface PersonFilter {
  /** Limit to people in the subtrees of these organisations; null means no limit. */
  readonly rootOrganisationIds: readonly string[] | null;
  readonly organisationId?: string;
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

@Injectable()
export class PersonRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(PersonEntity);
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByPersonalCode(code: string): Promise<PersonEntity | null> {
    return this.repo.findOneBy({ personalCode: code });
  }

  async list(f: PersonFilter): Promise<{ items: PersonEntity[]; total: number }> {
    const qb = this.repo.createQueryBuilder('p').innerJoin(OrganisationEntity, 'o', 'o.id = p.organisationId');
    if (f.rootOrganisationIds) {
      qb.andWhere(`o.path LIKE ANY(ARRAY(SELECT '%/' || r || '/%' FROM unnest(CAST(:roots AS text[])) r))`, {
        roots: f.rootOrganisationIds,
      });
    }
    if (f.organisationId) qb.andWhere(`o.path LIKE :sub`, { sub: `%/${f.organisationId}/%` });
    if (f.q) {
      qb.andWhere(`(p.first_name ILIKE :q OR p.last_name ILIKE :q OR p.personal_code ILIKE :q OR p.email ILIKE :q)`, {
        q: `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, total] = await qb
      .orderBy('p.lastName', 'ASC')
      .addOrderBy('p.firstName', 'ASC')
      .take(f.limit)
      .skip(f.offset)
      .getManyAndCount();
    return { items, total };
  }

  async insert(person: PersonEntity): Promise<PersonEntity> {
    await this.repo.insert(person);
    return person;
  }

  async save(person: PersonEntity): Promise<PersonEntity> {
    return this.repo.save(person);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AssessmentTemplateEntity } from './entities';

@Injectable()
export class TemplateRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(AssessmentTemplateEntity);
  }

  findById(id: string): Promise<AssessmentTemplateEntity | null> {
    return this.repo.findOneBy({ id });
  }

  list(onlyActive: boolean): Promise<AssessmentTemplateEntity[]> {
    return this.repo.find({ where: onlyActive ? { active: true } : {}, order: { createdAt: 'ASC' } });
  }

  async insert(t: AssessmentTemplateEntity): Promise<AssessmentTemplateEntity> {
    await this.repo.insert(t as never);
    return t;
  }

  save(t: AssessmentTemplateEntity): Promise<AssessmentTemplateEntity> {
    return this.repo.save(t);
  }

  async countAll(): Promise<number> {
    return this.repo.count();
  }
}

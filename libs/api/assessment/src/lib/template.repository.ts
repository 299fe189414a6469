import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ClusterEvents, ExpiringCache } from '@civics/api-platform';
import { AssessmentTemplateEntity } from './entities';

/** Cluster topic: some replica created or changed a template. */
export const TEMPLATES_CHANGED = 'assessment.templates-changed';
/** Bounds staleness only while a replica's listener reconnects (see ClusterEvents). */
const TEMPLATE_TTL_MS = 30_000;

@Injectable()
export class TemplateRepository {
  /**
   * Templates by id: every start and score of an attempt reads its template, and a synchronised
   * exam start reads the same one a thousand times. Writes here and on other replicas evict it;
   * unknown ids are not remembered.
   */
  private readonly byId = new ExpiringCache<AssessmentTemplateEntity | null>(TEMPLATE_TTL_MS, 1000, (t) => t !== null);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: ClusterEvents,
  ) {
    events.on(TEMPLATES_CHANGED, () => this.byId.clear());
  }

  private get repo() {
    return this.ds.getRepository(AssessmentTemplateEntity);
  }

  findById(id: string): Promise<AssessmentTemplateEntity | null> {
    return this.byId.get(id, () => this.repo.findOneBy({ id }));
  }

  list(onlyActive: boolean): Promise<AssessmentTemplateEntity[]> {
    return this.repo.find({ where: onlyActive ? { active: true } : {}, order: { createdAt: 'ASC' } });
  }

  async insert(t: AssessmentTemplateEntity): Promise<AssessmentTemplateEntity> {
    await this.repo.insert(t as never);
    await this.changed();
    return t;
  }

  async save(t: AssessmentTemplateEntity): Promise<AssessmentTemplateEntity> {
    const saved = await this.repo.save(t);
    await this.changed();
    return saved;
  }

  async countAll(): Promise<number> {
    return this.repo.count();
  }

  private changed(): Promise<void> {
    this.byId.clear();
    return this.events.publish(TEMPLATES_CHANGED);
  }
}

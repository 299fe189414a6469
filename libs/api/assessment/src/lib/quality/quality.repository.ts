import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Answer } from '@civics/contracts';
import { CalibrationRunEntity } from '../entities';

/** One delivered item of a scored attempt, with the stored answer (null: unanswered). */
export interface DeliveredResponse {
  attemptId: string;
  templateId: string;
  itemId: string;
  position: number;
  answer: Answer | null;
}

/** Reads of scored attempts for item statistics and calibration, and the calibration runs. */
@Injectable()
export class QualityRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Every item delivered in the latest `limit` scored attempts. */
  async scoredResponses(limit: number): Promise<DeliveredResponse[]> {
    const rows = (await this.ds.query(
      `WITH recent AS (SELECT id, template_id FROM attempt WHERE status = 'scored' ORDER BY scored_at DESC LIMIT $1)
       SELECT ra.id AS attempt_id, ra.template_id, ai.item_id, ai.position, r.answer
       FROM recent ra
       JOIN attempt_item ai ON ai.attempt_id = ra.id
       LEFT JOIN response r ON r.attempt_id = ai.attempt_id AND r.item_id = ai.item_id`,
      [limit],
    )) as { attempt_id: string; template_id: string; item_id: string; position: number; answer: Answer | null }[];
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      templateId: r.template_id,
      itemId: r.item_id,
      position: r.position,
      answer: r.answer,
    }));
  }

  /** Item versions delivered in scored attempts whose ref is one of `refs` (the versions of the same item). */
  async scoredResponsesForRefs(refs: readonly string[], limit: number): Promise<DeliveredResponse[]> {
    if (refs.length === 0) return [];
    const rows = (await this.ds.query(
      `WITH recent AS (SELECT id, template_id FROM attempt WHERE status = 'scored' ORDER BY scored_at DESC LIMIT $2)
       SELECT ra.id AS attempt_id, ra.template_id, ai.item_id, ai.position, r.answer
       FROM recent ra
       JOIN attempt_item ai ON ai.attempt_id = ra.id
       JOIN item i ON i.id = ai.item_id AND i.ref = ANY($1)
       LEFT JOIN response r ON r.attempt_id = ai.attempt_id AND r.item_id = ai.item_id`,
      [refs, limit],
    )) as { attempt_id: string; template_id: string; item_id: string; position: number; answer: Answer | null }[];
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      templateId: r.template_id,
      itemId: r.item_id,
      position: r.position,
      answer: r.answer,
    }));
  }

  listRuns(): Promise<CalibrationRunEntity[]> {
    return this.ds.getRepository(CalibrationRunEntity).find({ order: { createdAt: 'DESC' }, take: 200 });
  }

  findRun(id: string): Promise<CalibrationRunEntity | null> {
    return this.ds.getRepository(CalibrationRunEntity).findOneBy({ id });
  }

  async insertRun(run: CalibrationRunEntity): Promise<CalibrationRunEntity> {
    await this.ds.getRepository(CalibrationRunEntity).insert(run);
    return run;
  }

  /** Decides a proposal once: false when it was already decided. */
  async decideRun(
    m: EntityManager | null,
    id: string,
    patch: Pick<CalibrationRunEntity, 'status' | 'decidedByAccountId' | 'decidedAt' | 'comment'> & {
      items?: CalibrationRunEntity['items'];
    },
  ): Promise<boolean> {
    const result = await (m ?? this.ds.manager)
      .createQueryBuilder()
      .update(CalibrationRunEntity)
      .set(patch)
      .where(`id = :id AND status = 'proposed'`, { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

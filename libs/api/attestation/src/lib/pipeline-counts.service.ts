import { Injectable } from '@nestjs/common';
import { PipelineCountsRepository } from './pipeline-counts.repository';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The attestation figures of the analytics dashboard (its AttestationPipelineSource). */
@Injectable()
export class AttestationPipelineCounts {
  constructor(private readonly repo: PipelineCountsRepository) {}

  async counts(q: { organisationIds: readonly string[] | null; positionCode: string | null; from: Date; to: Date }): Promise<{
    due: number;
    scheduled: number;
    decided: { meets: number; meetsSubjectToTraining: number; doesNotMeet: number };
    overdue: number;
  }> {
    const r = await this.repo.counts({
      organisationIds: q.organisationIds,
      positionCode: q.positionCode,
      from: isoDate(q.from),
      to: isoDate(q.to),
      today: isoDate(new Date()),
    });
    return {
      due: r.due,
      scheduled: r.scheduled,
      decided: { meets: r.meets, meetsSubjectToTraining: r.meetsSubjectToTraining, doesNotMeet: r.doesNotMeet },
      overdue: r.overdue,
    };
  }
}

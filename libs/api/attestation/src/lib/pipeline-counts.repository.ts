import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface PipelineCountsQuery {
  /** Units whose current staff count; null: the whole service. */
  readonly organisationIds: readonly string[] | null;
  readonly positionCode: string | null;
  /** The period [from, to) as dates (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly today: string;
}

export interface PipelineCountsRow {
  due: number;
  scheduled: number;
  overdue: number;
  meets: number;
  meetsSubjectToTraining: number;
  doesNotMeet: number;
}

/**
 * The attestation pipeline of a whole staff in one statement (the analytics dashboard asks for
 * a ministry or the whole service, far more people than the HR due list reads). The due rule
 * mirrors `dueReasons` in libs/domain: no certificate valid through the date, unless a failed
 * attestation set a retake date after it.
 */
@Injectable()
export class PipelineCountsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async counts(q: PipelineCountsQuery): Promise<PipelineCountsRow> {
    const rows = (await this.ds.query(
      `WITH staff AS (
         SELECT p.id FROM person p
         WHERE p.left_on IS NULL AND ($1::uuid[] IS NULL OR p.organisation_id = ANY($1::uuid[]))
           AND ($2::text IS NULL OR p.position_code = $2::text)
       ),
       cert AS (
         SELECT DISTINCT ON (person_id) person_id, valid_until FROM certificate
         WHERE revoked_at IS NULL AND person_id IN (SELECT id FROM staff) ORDER BY person_id, issued_at DESC
       ),
       last AS (
         SELECT DISTINCT ON (c.person_id) c.person_id, d.outcome, d.retake_on
         FROM attestation_decision d JOIN attestation_candidate c ON c.id = d.candidate_id
         WHERE c.person_id IN (SELECT id FROM staff) ORDER BY c.person_id, d.decided_at DESC
       ),
       open AS (
         SELECT DISTINCT c.person_id FROM attestation_candidate c JOIN attestation_session s ON s.id = c.session_id
         WHERE c.status IN ('invited', 'appealed') AND s.status <> 'cancelled' AND c.person_id IN (SELECT id FROM staff)
       ),
       facts AS (
         SELECT st.id, cert.valid_until, last.outcome, last.retake_on, open.person_id IS NOT NULL AS in_open
         FROM staff st LEFT JOIN cert ON cert.person_id = st.id LEFT JOIN last ON last.person_id = st.id
         LEFT JOIN open ON open.person_id = st.id
       ),
       decided AS (
         SELECT d.outcome FROM attestation_decision d JOIN attestation_candidate c ON c.id = d.candidate_id
         WHERE c.person_id IN (SELECT id FROM staff) AND d.decided_at >= $3::date AND d.decided_at < $4::date
       )
       SELECT
         (SELECT count(*) FROM facts WHERE (valid_until IS NULL OR valid_until < $4::date)
            AND NOT (outcome = 'does_not_meet' AND retake_on IS NOT NULL AND retake_on >= $4::date))::int AS due,
         (SELECT count(*) FROM open)::int AS scheduled,
         (SELECT count(*) FROM facts WHERE NOT in_open AND (valid_until IS NULL OR valid_until < $5::date)
            AND NOT (outcome = 'does_not_meet' AND retake_on IS NOT NULL AND retake_on > $5::date))::int AS overdue,
         (SELECT count(*) FROM decided WHERE outcome = 'meets')::int AS meets,
         (SELECT count(*) FROM decided WHERE outcome = 'meets_subject_to_training')::int AS "meetsSubjectToTraining",
         (SELECT count(*) FROM decided WHERE outcome = 'does_not_meet')::int AS "doesNotMeet"`,
      [q.organisationIds, q.positionCode, q.from, q.to, q.today],
    )) as PipelineCountsRow[];
    return rows[0];
  }
}

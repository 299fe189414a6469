import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

/**
 * Reads across the features' tables for one person (the data-subject export) and the
 * retention rule. Raw SQL on purpose: the export must show what is stored, column by column.
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private q(sql: string, params: unknown[]): Promise<Row[]> {
    return this.ds.query(sql, params) as Promise<Row[]>;
  }

  async person(personId: string): Promise<Row | null> {
    const [p] = await this.q(
      `SELECT p.id, p.personal_code, p.first_name, p.last_name, p.email, p.preferred_language, p.position_code,
              p.position_title, p.hired_on, p.left_on, p.created_at, p.updated_at,
              o.code AS organisation_code, o.name AS organisation_name
       FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = $1`,
      [personId],
    );
    return p ?? null;
  }

  accounts(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT a.username, a.email, a.active, a.created_at,
              coalesce((SELECT json_agg(json_build_object('role', r.role, 'scopeOrganisationId', r.scope_organisation_id,
                         'scopeProviderId', r.scope_provider_id) ORDER BY r.role) FROM account_role r WHERE r.account_id = a.id), '[]') AS roles,
              (SELECT count(*)::int FROM auth_session s WHERE s.account_id = a.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS live_sessions
       FROM account a WHERE a.person_id = $1 ORDER BY a.created_at`,
      [personId],
    );
  }

  results(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT competency_code, level, measured_at, attempt_id, methodology_version_id
       FROM competency_measurement WHERE person_id = $1 ORDER BY measured_at, competency_code`,
      [personId],
    );
  }

  attempts(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT a.id, t.purpose, a.status, a.started_at, a.submitted_at, a.scored_at, a.position_code,
              coalesce((SELECT json_agg(json_build_object('competency', r.competency_code, 'earned', r.earned,
                         'possible', r.possible, 'level', r.achieved_level) ORDER BY r.competency_code)
                        FROM attempt_result r WHERE r.attempt_id = a.id), '[]') AS results
       FROM attempt a JOIN assessment_template t ON t.id = a.template_id
       WHERE a.person_id = $1 ORDER BY a.started_at`,
      [personId],
    );
  }

  plans(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT i.competency_code, i.from_level, i.target_level, i.due_date, i.status, i.created_at, i.closed_at, i.closed_level
       FROM plan_item i JOIN development_plan p ON p.id = i.plan_id WHERE p.person_id = $1 ORDER BY i.created_at`,
      [personId],
    );
  }

  enrolments(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT e.id, c.title AS course_title, e.status, e.score, e.completed_at, e.created_at
       FROM enrolment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
       WHERE e.person_id = $1 ORDER BY e.created_at`,
      [personId],
    );
  }

  attestation(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT c.id, s.title AS session_title, s.starts_at, c.status, c.round, c.appeal_reason, c.appealed_at,
              coalesce((SELECT json_agg(json_build_object('round', d.round, 'outcome', d.outcome, 'recommendation', d.recommendation,
                         'justification', d.justification, 'decidedAt', d.decided_at) ORDER BY d.round)
                        FROM attestation_decision d WHERE d.candidate_id = c.id), '[]') AS decisions
       FROM attestation_candidate c JOIN attestation_session s ON s.id = c.session_id
       WHERE c.person_id = $1 ORDER BY s.starts_at`,
      [personId],
    );
  }

  certificates(personId: string): Promise<Row[]> {
    return this.q(
      `SELECT serial, holder_name, outcome, competencies, issued_at, valid_until, revoked_at, revocation_reason
       FROM certificate WHERE person_id = $1 ORDER BY issued_at`,
      [personId],
    );
  }

  /** People who left on or before the cutoff and still carry their real identity. */
  retentionCandidates(cutoff: string): Promise<{ id: string; left_on: string }[]> {
    return this.ds.query(
      `SELECT id, to_char(left_on, 'YYYY-MM-DD') AS left_on FROM person
       WHERE left_on IS NOT NULL AND left_on <= $1::date AND personal_code NOT LIKE 'PSN-%'
       ORDER BY left_on, id`,
      [cutoff],
    ) as Promise<{ id: string; left_on: string }[]>;
  }

  /**
   * Replaces what identifies the person; results, attempts and decisions stay (under the same
   * id) for statistics. Accounts are closed and lose their e-mail; certificates lose the name.
   */
  async pseudonymise(personId: string, pseudonym: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const updated = (await m.query(
        `UPDATE person SET personal_code = $2, first_name = 'Pseudonymised', last_name = $2, email = NULL, updated_at = now()
         WHERE id = $1 AND personal_code NOT LIKE 'PSN-%' RETURNING id`,
        [personId, pseudonym],
      )) as [unknown[], number];
      if (updated[1] === 0) return false;
      await m.query(
        `UPDATE account SET email = NULL, active = false, username = 'psn-' || substr(md5(id::text), 1, 12) WHERE person_id = $1`,
        [personId],
      );
      await m.query(
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'pseudonymised' WHERE account_id IN (SELECT id FROM account WHERE person_id = $1) AND revoked_at IS NULL`,
        [personId],
      );
      await m.query(`UPDATE certificate SET holder_name = $2 WHERE person_id = $1`, [personId, pseudonym]);
      return true;
    });
  }
}

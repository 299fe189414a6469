import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CandidateStatus, DecisionOutcome, DueReason, LocalizedText } from '@civics/contracts';

export interface SessionRow {
  id: string;
  title: string;
  organisationId: string;
  organisationName: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  templateId: string;
  templateTitle: Record<string, string>;
  timeLimitMinutes: number;
  methodologyVersionId: string;
  status: 'scheduled' | 'decided' | 'cancelled';
  closedAt: Date | null;
  createdByAccountId: string | null;
  members: number;
  chairName: string;
  total: number;
  invited: number;
  inProgress: number;
  attempted: number;
  absent: number;
  decided: number;
  appealed: number;
}

export interface MemberRow {
  accountId: string;
  name: string;
  chair: boolean;
  personId: string | null;
}

export interface CandidateRow {
  id: string;
  sessionId: string;
  personId: string;
  personName: string;
  personalCode: string;
  positionCode: string;
  positionTitle: string;
  organisationId: string;
  stored: 'invited' | 'absent' | 'decided' | 'appealed';
  dueReasons: DueReason[];
  attemptId: string | null;
  attemptStatus: string | null;
  round: number;
  appealReason: string | null;
  appealedAt: Date | null;
}

export interface VoteRow {
  candidateId: string;
  round: number;
  accountId: string;
  memberName: string;
  outcome: DecisionOutcome;
  comment: string | null;
  castAt: Date;
}

export interface DecisionRow {
  candidateId: string;
  round: number;
  outcome: DecisionOutcome;
  recommendation: DecisionOutcome;
  justification: string | null;
  evidence: unknown;
  votes: Record<DecisionOutcome, number>;
  methodologyVersionId: string;
  decidedAt: Date;
  decidedByName: string;
  trainingDeadline: string | null;
  retakeOn: string | null;
  planId: string | null;
}

export interface SessionFilter {
  /** Subtree roots of an HR officer; null: all. */
  readonly roots?: readonly string[] | null;
  readonly organisationId?: string;
  readonly memberAccountId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly ids?: readonly string[];
}

export interface NewSession {
  id: string;
  title: string;
  organisationId: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  templateId: string;
  methodologyVersionId: string;
  createdByAccountId: string | null;
  members: { accountId: string; chair: boolean }[];
  candidates: { id: string; personId: string; dueReasons: DueReason[] }[];
}

/** Derived status of a candidate: the stored one, refined by the attempt while still invited. */
export function candidateStatus(row: Pick<CandidateRow, 'stored' | 'attemptStatus'>): CandidateStatus {
  if (row.stored !== 'invited') return row.stored;
  if (!row.attemptStatus) return 'invited';
  return row.attemptStatus === 'in_progress' ? 'in_progress' : 'attempted';
}

const name = (p: string) => `${p}.first_name || ' ' || ${p}.last_name`;

const SESSION_SELECT = `
  SELECT s.id, s.title, s.organisation_id AS "organisationId", o.name AS "organisationName", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
         s.place, s.online_url AS "onlineUrl", s.template_id AS "templateId", t.title AS "templateTitle", t.time_limit_minutes AS "timeLimitMinutes",
         s.methodology_version_id AS "methodologyVersionId", s.status, s.closed_at AS "closedAt", s.created_by_account_id AS "createdByAccountId",
         (SELECT count(*)::int FROM attestation_member m WHERE m.session_id = s.id) AS members,
         (SELECT coalesce(${name('p')}, a.username) FROM attestation_member m JOIN account a ON a.id = m.account_id
            LEFT JOIN person p ON p.id = a.person_id WHERE m.session_id = s.id AND m.chair) AS "chairName",
         count(c.id)::int AS total,
         count(c.id) FILTER (WHERE c.status = 'invited' AND c.attempt_id IS NULL)::int AS invited,
         count(c.id) FILTER (WHERE c.status = 'invited' AND at.status = 'in_progress')::int AS "inProgress",
         count(c.id) FILTER (WHERE c.status = 'invited' AND at.status <> 'in_progress')::int AS attempted,
         count(c.id) FILTER (WHERE c.status = 'absent')::int AS absent,
         count(c.id) FILTER (WHERE c.status = 'decided')::int AS decided,
         count(c.id) FILTER (WHERE c.status = 'appealed')::int AS appealed
  FROM attestation_session s
  JOIN organisation o ON o.id = s.organisation_id
  JOIN assessment_template t ON t.id = s.template_id
  LEFT JOIN attestation_candidate c ON c.session_id = s.id
  LEFT JOIN attempt at ON at.id = c.attempt_id`;

const CANDIDATE_SELECT = `
  SELECT c.id, c.session_id AS "sessionId", c.person_id AS "personId", ${name('p')} AS "personName", p.personal_code AS "personalCode",
         p.position_code AS "positionCode", p.position_title AS "positionTitle", p.organisation_id AS "organisationId", c.status AS stored,
         c.due_reasons AS "dueReasons", c.attempt_id AS "attemptId", at.status AS "attemptStatus", c.round,
         c.appeal_reason AS "appealReason", c.appealed_at AS "appealedAt"
  FROM attestation_candidate c
  JOIN person p ON p.id = c.person_id
  LEFT JOIN attempt at ON at.id = c.attempt_id`;

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected]; other statements with rows. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * A candidacy is open until the candidate is decided or recorded absent (an appeal reopens it),
 * in a session that was not cancelled: nobody sits in two open sessions at once.
 */
const OPEN_CANDIDACY = `c.status IN ('invited', 'appealed') AND s.status <> 'cancelled'`;

/** The only code of the attestation feature that speaks to the database. */
@Injectable()
export class AttestationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /* ---------- sessions ---------- */

  async sessions(f: SessionFilter): Promise<SessionRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.roots) where.push(`o.path LIKE ANY(ARRAY(SELECT '%/' || r || '/%' FROM unnest(${p(f.roots)}::text[]) r))`);
    if (f.organisationId) where.push(`o.path LIKE ${p(`%/${f.organisationId}/%`)}`);
    if (f.memberAccountId)
      where.push(`EXISTS (SELECT 1 FROM attestation_member m WHERE m.session_id = s.id AND m.account_id = ${p(f.memberAccountId)})`);
    if (f.from) where.push(`s.ends_at >= ${p(f.from)}::date`);
    if (f.to) where.push(`s.starts_at < ${p(f.to)}::date + 1`);
    if (f.ids) where.push(`s.id = ANY(${p(f.ids)}::uuid[])`);
    return (await this.ds.query(
      `${SESSION_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY s.id, o.id, t.id ORDER BY s.starts_at DESC, s.id LIMIT 1000`,
      params,
    )) as SessionRow[];
  }

  async session(id: string): Promise<SessionRow | null> {
    return (await this.sessions({ ids: [id] }))[0] ?? null;
  }

  async members(sessionId: string): Promise<MemberRow[]> {
    return (await this.ds.query(
      `SELECT m.account_id AS "accountId", coalesce(${name('p')}, a.username) AS name, m.chair, a.person_id AS "personId"
       FROM attestation_member m JOIN account a ON a.id = m.account_id LEFT JOIN person p ON p.id = a.person_id
       WHERE m.session_id = $1 ORDER BY m.chair DESC, name`,
      [sessionId],
    )) as MemberRow[];
  }

  /** The sessions an account sits on: session id → chair. */
  async memberships(accountId: string): Promise<Map<string, boolean>> {
    const rows = (await this.ds.query(`SELECT session_id AS "sessionId", chair FROM attestation_member WHERE account_id = $1`, [
      accountId,
    ])) as {
      sessionId: string;
      chair: boolean;
    }[];
    return new Map(rows.map((r) => [r.sessionId, r.chair]));
  }

  /**
   * Writes a session with its commission and candidates, unless a candidate already sits in an
   * open session: each candidate is locked (advisory lock on the person) and checked inside the
   * transaction, so two HR officers scheduling the same person at once get one session.
   * Returns the candidates who were already taken (nothing written then).
   */
  async insertSession(s: NewSession): Promise<{ personId: string; sessionTitle: string }[]> {
    return this.ds.transaction(async (m) => {
      for (const personId of [...s.candidates.map((c) => c.personId)].sort())
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('attestation-candidate:' || $1))`, [personId]);
      const taken = (await m.query(
        `SELECT c.person_id AS "personId", s.title AS "sessionTitle" FROM attestation_candidate c
         JOIN attestation_session s ON s.id = c.session_id WHERE ${OPEN_CANDIDACY} AND c.person_id = ANY($1::uuid[])`,
        [s.candidates.map((c) => c.personId)],
      )) as { personId: string; sessionTitle: string }[];
      if (taken.length) return taken;
      await m.query(
        `INSERT INTO attestation_session (id, title, organisation_id, starts_at, ends_at, place, online_url, template_id, methodology_version_id,
           created_by_account_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          s.id,
          s.title,
          s.organisationId,
          s.startsAt,
          s.endsAt,
          s.place,
          s.onlineUrl,
          s.templateId,
          s.methodologyVersionId,
          s.createdByAccountId,
        ],
      );
      for (const member of s.members)
        await m.query(`INSERT INTO attestation_member (session_id, account_id, chair) VALUES ($1, $2, $3)`, [
          s.id,
          member.accountId,
          member.chair,
        ]);
      for (const c of s.candidates)
        await m.query(`INSERT INTO attestation_candidate (id, session_id, person_id, due_reasons) VALUES ($1, $2, $3, $4)`, [
          c.id,
          s.id,
          c.personId,
          JSON.stringify(c.dueReasons),
        ]);
      return [];
    });
  }

  /** Cancels a session that has not started; false when it has (or is no longer scheduled). */
  async cancel(id: string): Promise<boolean> {
    const rows = rowsOf(
      await this.ds.query(
        `UPDATE attestation_session SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'scheduled' AND starts_at > now()
         RETURNING id`,
        [id],
      ),
    );
    return rows.length > 0;
  }

  /** Closes a session (the chair): false when it was closed already. */
  async close(id: string, accountId: string): Promise<boolean> {
    const rows = rowsOf(
      await this.ds.query(
        `UPDATE attestation_session SET status = 'decided', closed_at = now(), closed_by_account_id = $2 WHERE id = $1 AND status = 'scheduled'
         RETURNING id`,
        [id, accountId],
      ),
    );
    return rows.length > 0;
  }

  /**
   * Records the absence of candidates who never started, once their session's window has ended
   * (all sessions, or one). Returns who was marked, with their session.
   */
  async recordAbsences(sessionId: string | null): Promise<{ candidateId: string; personId: string; sessionId: string; title: string }[]> {
    return rowsOf(
      await this.ds.query(
        `UPDATE attestation_candidate c SET status = 'absent', absent_at = now()
         FROM attestation_session s
         WHERE s.id = c.session_id AND s.status = 'scheduled' AND s.ends_at <= now() AND c.status = 'invited' AND c.attempt_id IS NULL
           ${sessionId ? 'AND s.id = $1' : ''}
         RETURNING c.id AS "candidateId", c.person_id AS "personId", s.id AS "sessionId", s.title`,
        sessionId ? [sessionId] : [],
      ),
    );
  }

  /** Candidates who never started, marked absent when the chair closes the session (its window may end later). */
  async absentAtClose(sessionId: string): Promise<{ candidateId: string; personId: string }[]> {
    return rowsOf(
      await this.ds.query(
        `UPDATE attestation_candidate SET status = 'absent', absent_at = now()
         WHERE session_id = $1 AND status = 'invited' AND attempt_id IS NULL RETURNING id AS "candidateId", person_id AS "personId"`,
        [sessionId],
      ),
    );
  }

  /* ---------- candidates ---------- */

  async candidates(sessionId: string): Promise<CandidateRow[]> {
    return (await this.ds.query(`${CANDIDATE_SELECT} WHERE c.session_id = $1 ORDER BY p.last_name, p.first_name, c.id`, [
      sessionId,
    ])) as CandidateRow[];
  }

  async candidate(id: string): Promise<CandidateRow | null> {
    const rows = (await this.ds.query(`${CANDIDATE_SELECT} WHERE c.id = $1`, [id])) as CandidateRow[];
    return rows[0] ?? null;
  }

  async candidaciesOfPerson(personId: string): Promise<CandidateRow[]> {
    return (await this.ds.query(
      `${CANDIDATE_SELECT} JOIN attestation_session s ON s.id = c.session_id WHERE c.person_id = $1 ORDER BY s.starts_at DESC LIMIT 100`,
      [personId],
    )) as CandidateRow[];
  }

  async candidateOfPerson(sessionId: string, personId: string): Promise<CandidateRow | null> {
    const rows = (await this.ds.query(`${CANDIDATE_SELECT} WHERE c.session_id = $1 AND c.person_id = $2`, [
      sessionId,
      personId,
    ])) as CandidateRow[];
    return rows[0] ?? null;
  }

  /** Links the candidate's attempt (the first one; starting again returns the same attempt). */
  async setAttempt(candidateId: string, attemptId: string): Promise<void> {
    await this.ds.query(`UPDATE attestation_candidate SET attempt_id = $2 WHERE id = $1 AND (attempt_id IS NULL OR attempt_id = $2)`, [
      candidateId,
      attemptId,
    ]);
  }

  /** Reopens a decided candidate for the commission (an appeal): false unless it was decided in `round`. */
  async appeal(candidateId: string, round: number, reason: string): Promise<boolean> {
    const rows = rowsOf(
      await this.ds.query(
        `UPDATE attestation_candidate SET status = 'appealed', round = round + 1, appeal_reason = $3, appealed_at = now()
         WHERE id = $1 AND status = 'decided' AND round = $2 AND appealed_at IS NULL RETURNING id`,
        [candidateId, round, reason],
      ),
    );
    return rows.length > 0;
  }

  /* ---------- votes and decisions ---------- */

  async votes(candidateIds: readonly string[]): Promise<VoteRow[]> {
    if (candidateIds.length === 0) return [];
    return (await this.ds.query(
      `SELECT v.candidate_id AS "candidateId", v.round, v.account_id AS "accountId", coalesce(${name('p')}, a.username) AS "memberName",
              v.outcome, v.comment, v.cast_at AS "castAt"
       FROM attestation_vote v JOIN account a ON a.id = v.account_id LEFT JOIN person p ON p.id = a.person_id
       WHERE v.candidate_id = ANY($1::uuid[]) ORDER BY v.cast_at`,
      [candidateIds],
    )) as VoteRow[];
  }

  /** One vote per member and round: false when this member already voted. */
  async insertVote(v: {
    candidateId: string;
    round: number;
    accountId: string;
    outcome: DecisionOutcome;
    comment: string | null;
  }): Promise<boolean> {
    const rows = (await this.ds.query(
      `INSERT INTO attestation_vote (candidate_id, round, account_id, outcome, comment) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (candidate_id, round, account_id) DO NOTHING RETURNING candidate_id`,
      [v.candidateId, v.round, v.accountId, v.outcome, v.comment],
    )) as unknown[];
    return rows.length > 0;
  }

  async decisions(candidateIds: readonly string[]): Promise<DecisionRow[]> {
    if (candidateIds.length === 0) return [];
    return (await this.ds.query(
      `SELECT d.candidate_id AS "candidateId", d.round, d.outcome, d.recommendation, d.justification, d.evidence, d.votes,
              d.methodology_version_id AS "methodologyVersionId", d.decided_at AS "decidedAt",
              coalesce(${name('p')}, a.username, '') AS "decidedByName", d.training_deadline::text AS "trainingDeadline",
              d.retake_on::text AS "retakeOn", d.plan_id AS "planId"
       FROM attestation_decision d LEFT JOIN account a ON a.id = d.decided_by_account_id LEFT JOIN person p ON p.id = a.person_id
       WHERE d.candidate_id = ANY($1::uuid[]) ORDER BY d.round`,
      [candidateIds],
    )) as DecisionRow[];
  }

  /**
   * Writes the decision of the candidate's current round and marks the candidate decided, under
   * the candidate's row lock; false when that round was decided meanwhile.
   */
  async insertDecision(d: {
    candidateId: string;
    round: number;
    outcome: DecisionOutcome;
    recommendation: DecisionOutcome;
    justification: string | null;
    evidence: unknown;
    votes: Record<DecisionOutcome, number>;
    methodologyVersionId: string;
    decidedAt: Date;
    decidedByAccountId: string | null;
    trainingDeadline: string | null;
    retakeOn: string | null;
  }): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [c] = (await m.query(`SELECT status, round FROM attestation_candidate WHERE id = $1 FOR UPDATE`, [d.candidateId])) as {
        status: string;
        round: number;
      }[];
      if (!c || c.round !== d.round || c.status === 'decided' || c.status === 'absent') return false;
      await m.query(
        `INSERT INTO attestation_decision (candidate_id, round, outcome, recommendation, justification, evidence, votes, methodology_version_id,
           decided_at, decided_by_account_id, training_deadline, retake_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          d.candidateId,
          d.round,
          d.outcome,
          d.recommendation,
          d.justification,
          JSON.stringify(d.evidence),
          JSON.stringify(d.votes),
          d.methodologyVersionId,
          d.decidedAt,
          d.decidedByAccountId,
          d.trainingDeadline,
          d.retakeOn,
        ],
      );
      await m.query(`UPDATE attestation_candidate SET status = 'decided' WHERE id = $1`, [d.candidateId]);
      return true;
    });
  }

  async setDecisionPlan(candidateId: string, round: number, planId: string): Promise<void> {
    await this.ds.query(`UPDATE attestation_decision SET plan_id = $3 WHERE candidate_id = $1 AND round = $2`, [
      candidateId,
      round,
      planId,
    ]);
  }

  /* ---------- people and accounts ---------- */

  /** Accounts holding the commission role (active), with their person's name. */
  async commissionAccounts(
    ids?: readonly string[],
  ): Promise<{ accountId: string; username: string; name: string; personId: string | null }[]> {
    return (await this.ds.query(
      `SELECT DISTINCT a.id AS "accountId", a.username, coalesce(${name('p')}, a.username) AS name, a.person_id AS "personId"
       FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'commission_member' LEFT JOIN person p ON p.id = a.person_id
       WHERE a.active ${ids ? 'AND a.id = ANY($1::uuid[])' : ''} ORDER BY name`,
      ids ? [ids] : [],
    )) as { accountId: string; username: string; name: string; personId: string | null }[];
  }

  async persons(
    ids: readonly string[],
  ): Promise<{ id: string; name: string; organisationId: string; positionCode: string; accountId: string | null }[]> {
    if (ids.length === 0) return [];
    return (await this.ds.query(
      `SELECT p.id, ${name('p')} AS name, p.organisation_id AS "organisationId", p.position_code AS "positionCode", a.id AS "accountId"
       FROM person p LEFT JOIN account a ON a.person_id = p.id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; name: string; organisationId: string; positionCode: string; accountId: string | null }[];
  }

  /** Whether `organisationId` lies in the subtree of `rootId` (itself included). */
  async inSubtree(organisationId: string, rootId: string): Promise<boolean> {
    const rows = (await this.ds.query(`SELECT 1 FROM organisation WHERE id = $1 AND path LIKE $2`, [
      organisationId,
      `%/${rootId}/%`,
    ])) as unknown[];
    return rows.length > 0;
  }

  /**
   * What decides whether people of a subtree are due: position, latest decision, and whether
   * they already sit in an open session. People who have left are not listed.
   */
  async dueFacts(
    roots: readonly string[] | null,
    organisationId: string | undefined,
  ): Promise<
    {
      personId: string;
      personName: string;
      personalCode: string;
      organisationId: string;
      organisationName: LocalizedText;
      positionCode: string;
      positionTitle: string;
      lastOutcome: DecisionOutcome | null;
      trainingDeadline: string | null;
      retakeOn: string | null;
      inOpenSession: boolean;
    }[]
  > {
    const where = ['p.left_on IS NULL'];
    const params: unknown[] = [];
    if (roots) {
      params.push(roots);
      where.push(`o.path LIKE ANY(ARRAY(SELECT '%/' || r || '/%' FROM unnest($${params.length}::text[]) r))`);
    }
    if (organisationId) {
      params.push(`%/${organisationId}/%`);
      where.push(`o.path LIKE $${params.length}`);
    }
    return (await this.ds.query(
      `SELECT p.id AS "personId", ${name('p')} AS "personName", p.personal_code AS "personalCode", p.organisation_id AS "organisationId",
              o.name AS "organisationName", p.position_code AS "positionCode", p.position_title AS "positionTitle",
              d.outcome AS "lastOutcome", d.training_deadline::text AS "trainingDeadline", d.retake_on::text AS "retakeOn",
              EXISTS (SELECT 1 FROM attestation_candidate c JOIN attestation_session s ON s.id = c.session_id
                      WHERE c.person_id = p.id AND ${OPEN_CANDIDACY}) AS "inOpenSession"
       FROM person p JOIN organisation o ON o.id = p.organisation_id
       LEFT JOIN LATERAL (
         SELECT d.outcome, d.training_deadline, d.retake_on FROM attestation_decision d JOIN attestation_candidate c ON c.id = d.candidate_id
         WHERE c.person_id = p.id ORDER BY d.decided_at DESC LIMIT 1
       ) d ON true
       WHERE ${where.join(' AND ')} ORDER BY p.last_name, p.first_name LIMIT 5000`,
      params,
    )) as never;
  }

  /** Demo data writes through the same connection (see the demo seeder). */
  query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.ds.query(sql, params) as Promise<T>;
  }
}

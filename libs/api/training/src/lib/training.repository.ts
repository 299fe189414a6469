import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readFromReplica } from '@civics/api-platform';
import type {
  CatalogueQuery,
  CourseInput,
  CourseStatus,
  EnrolmentStatus,
  LocalizedText,
  ProviderInput,
  ResourceInput,
  ResourceQuery,
  SessionInput,
} from '@civics/contracts';

export interface ProviderRow {
  id: string;
  name: LocalizedText;
  description: Record<string, string> | null;
  accreditation: { number: string; issuedBy: string; validUntil: string | null };
  specialisations: string[];
  contacts: { email: string | null; phone: string | null; website: string | null; address: string | null };
  approvedCourses: number;
}

export interface CourseRow {
  id: string;
  providerId: string;
  providerName: LocalizedText;
  code: string;
  title: LocalizedText;
  description: LocalizedText;
  targets: { competencyCode: string; fromLevel: number; toLevel: number }[];
  format: 'online' | 'classroom' | 'blended';
  hours: string;
  languages: ('az' | 'ru' | 'en')[];
  modules: { title: Record<string, string>; hours: number }[];
  priceAzn: string | null;
  status: CourseStatus;
  reviewComment: string | null;
  reviewedAt: Date | null;
  updatedAt: Date;
}

export interface SessionRow {
  id: string;
  courseId: string;
  startsOn: string;
  endsOn: string;
  language: 'az' | 'ru' | 'en';
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  enrolled: number;
  waiting: number;
}

export interface EnrolmentRow {
  id: string;
  sessionId: string;
  courseId: string;
  providerId: string;
  courseTitle: LocalizedText;
  startsOn: string;
  endsOn: string;
  personId: string;
  personName: string;
  personalCode: string;
  organisationId: string;
  status: EnrolmentStatus;
  waitingPosition: number | null;
  score: string | null;
  evidence: string | null;
  completedAt: Date | null;
  createdAt: Date;
  planItemId: string | null;
}

export interface PlanItemRow {
  id: string;
  planId: string;
  competencyCode: string;
  fromLevel: number;
  targetLevel: number;
  courseId: string | null;
  courseTitle: LocalizedText | null;
  sessionId: string | null;
  sessionStartsOn: string | null;
  enrolmentId: string | null;
  enrolmentStatus: EnrolmentStatus | null;
  dueDate: string | null;
  status: 'proposed' | 'accepted' | 'closed' | 'cancelled';
  closedAt: Date | null;
  closedLevel: number | null;
}

export interface PlanRow {
  id: string;
  personId: string;
  createdAt: Date;
}

export type EnrolOutcome =
  | { kind: 'ok'; id: string; status: 'enrolled' | 'waiting' }
  | { kind: 'session_not_found' }
  | { kind: 'not_approved' }
  | { kind: 'started' }
  | { kind: 'full' }
  | { kind: 'already'; id: string };

export interface OutcomeWrite {
  enrolmentId: string;
  status: 'in_progress' | 'completed' | 'failed';
  score: number | null;
  evidence: string | null;
}

/** Places taken in a session: everyone admitted, whatever happened next (withdrawn and waiting excluded). */
const OCCUPYING = `('enrolled', 'in_progress', 'completed', 'failed')`;

const COURSE_SELECT = `
  SELECT c.id, c.provider_id AS "providerId", p.name AS "providerName", c.code, c.title, c.description, c.targets, c.format,
         c.hours::text AS hours, c.languages, c.modules, c.price_azn::text AS "priceAzn", c.status, c.review_comment AS "reviewComment",
         c.reviewed_at AS "reviewedAt", c.updated_at AS "updatedAt"
  FROM course c JOIN training_provider p ON p.id = c.provider_id`;

const ENROLMENT_SELECT = `
  SELECT e.id, e.session_id AS "sessionId", s.course_id AS "courseId", c.provider_id AS "providerId", c.title AS "courseTitle",
         s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn", e.person_id AS "personId",
         p.first_name || ' ' || p.last_name AS "personName", p.personal_code AS "personalCode", p.organisation_id AS "organisationId",
         e.status, e.score::text AS score, e.evidence, e.completed_at AS "completedAt", e.created_at AS "createdAt", e.plan_item_id AS "planItemId",
         CASE WHEN e.status = 'waiting' THEN (
           SELECT count(*)::int FROM enrolment w WHERE w.session_id = e.session_id AND w.status = 'waiting'
             AND (w.created_at, w.id) <= (e.created_at, e.id)) END AS "waitingPosition"
  FROM enrolment e
  JOIN course_session s ON s.id = e.session_id
  JOIN course c ON c.id = s.course_id
  JOIN person p ON p.id = e.person_id`;

const PLAN_ITEM_SELECT = `
  SELECT i.id, i.plan_id AS "planId", i.competency_code AS "competencyCode", i.from_level AS "fromLevel", i.target_level AS "targetLevel",
         i.course_id AS "courseId", c.title AS "courseTitle", i.session_id AS "sessionId", s.starts_on::text AS "sessionStartsOn",
         e.id AS "enrolmentId", e.status AS "enrolmentStatus", i.due_date::text AS "dueDate", i.status, i.closed_at AS "closedAt",
         i.closed_level AS "closedLevel"
  FROM plan_item i
  LEFT JOIN course c ON c.id = i.course_id
  LEFT JOIN course_session s ON s.id = i.session_id
  LEFT JOIN LATERAL (
    SELECT e.id, e.status FROM enrolment e JOIN development_plan dp ON dp.id = i.plan_id
    WHERE e.person_id = dp.person_id AND (e.plan_item_id = i.id OR (i.session_id IS NOT NULL AND e.session_id = i.session_id))
    ORDER BY (e.status = 'withdrawn'), e.created_at DESC LIMIT 1
  ) e ON true`;

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected]; other statements with rows. */
function updated<T = unknown>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

const PROVIDER_SELECT = `SELECT p.id, p.name, p.description, p.accreditation, p.specialisations, p.contacts,
    (SELECT count(*)::int FROM course c WHERE c.provider_id = p.id AND c.status = 'approved') AS "approvedCourses"
  FROM training_provider p`;

const SESSIONS_OF_COURSES = `SELECT s.id, s.course_id AS "courseId", s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn",
    s.language, s.place, s.online_url AS "onlineUrl", s.capacity,
    count(e.id) FILTER (WHERE e.status IN ${OCCUPYING})::int AS enrolled,
    count(e.id) FILTER (WHERE e.status = 'waiting')::int AS waiting
  FROM course_session s LEFT JOIN enrolment e ON e.session_id = s.id
  WHERE s.course_id = ANY($1) GROUP BY s.id ORDER BY s.starts_on, s.id`;

function like(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The only code of the training feature that speaks to the database. */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Reads that may lag the primary by the replication delay go to the read replica through this
   * one method (public catalogue, its sessions, provider directory, resource library). Every
   * other method reads the primary: management pages, a course after its edit, enrolments and
   * plans must see their own writes.
   */
  private replica<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return readFromReplica(this.ds, work);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /* ---------- providers ---------- */

  /** The provider directory (read replica). */
  async providerDirectory(): Promise<ProviderRow[]> {
    return (await this.replica((m) => m.query(`${PROVIDER_SELECT} ORDER BY p.name->>'en'`))) as ProviderRow[];
  }

  /** One provider, from the primary (read back after its registration or change). */
  async provider(id: string): Promise<ProviderRow | null> {
    const [row] = (await this.ds.query(`${PROVIDER_SELECT} WHERE p.id = $1`, [id])) as ProviderRow[];
    return row ?? null;
  }

  async upsertProvider(id: string, p: ProviderInput): Promise<void> {
    await this.ds.query(
      `INSERT INTO training_provider (id, name, description, accreditation, specialisations, contacts)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, accreditation = EXCLUDED.accreditation,
         specialisations = EXCLUDED.specialisations, contacts = EXCLUDED.contacts, updated_at = now()`,
      [
        id,
        JSON.stringify(p.name),
        p.description ? JSON.stringify(p.description) : null,
        JSON.stringify(p.accreditation),
        JSON.stringify(p.specialisations),
        JSON.stringify(p.contacts),
      ],
    );
  }

  /* ---------- courses ---------- */

  async catalogue(f: CatalogueQuery): Promise<CourseRow[]> {
    const where = [`c.status = 'approved'`];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.competency || f.level) {
      const conds: string[] = [];
      if (f.competency) conds.push(`t->>'competencyCode' = ${p(f.competency)}`);
      if (f.level) {
        const lv = p(f.level);
        conds.push(`(t->>'fromLevel')::int < ${lv} AND (t->>'toLevel')::int >= ${lv}`);
      }
      where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(c.targets) t WHERE ${conds.join(' AND ')})`);
    }
    if (f.format) where.push(`c.format = ${p(f.format)}`);
    if (f.language) where.push(`c.languages ? ${p(f.language)}`);
    if (f.providerId) where.push(`c.provider_id = ${p(f.providerId)}`);
    if (f.from || f.to) {
      const conds: string[] = [];
      if (f.from) conds.push(`s.starts_on >= ${p(f.from)}::date`);
      if (f.to) conds.push(`s.starts_on <= ${p(f.to)}::date`);
      where.push(`EXISTS (SELECT 1 FROM course_session s WHERE s.course_id = c.id AND ${conds.join(' AND ')})`);
    }
    if (f.q) {
      const q = p(like(f.q));
      where.push(
        `(c.code ILIKE ${q} OR c.title->>'az' ILIKE ${q} OR c.title->>'ru' ILIKE ${q} OR c.title->>'en' ILIKE ${q}
          OR c.description->>'az' ILIKE ${q} OR c.description->>'ru' ILIKE ${q} OR c.description->>'en' ILIKE ${q}
          OR p.name->>'az' ILIKE ${q} OR p.name->>'ru' ILIKE ${q} OR p.name->>'en' ILIKE ${q})`,
      );
    }
    return (await this.replica((m) =>
      m.query(`${COURSE_SELECT} WHERE ${where.join(' AND ')} ORDER BY c.title->>'az', c.id LIMIT 500`, params),
    )) as CourseRow[];
  }

  async coursesForManagement(providerId: string | null, status?: CourseStatus): Promise<CourseRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (providerId) {
      params.push(providerId);
      where.push(`c.provider_id = $${params.length}`);
    }
    if (status) {
      params.push(status);
      where.push(`c.status = $${params.length}`);
    }
    return (await this.ds.query(
      `${COURSE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.updated_at DESC LIMIT 1000`,
      params,
    )) as CourseRow[];
  }

  async approvedCourses(): Promise<CourseRow[]> {
    return (await this.ds.query(`${COURSE_SELECT} WHERE c.status = 'approved'`)) as CourseRow[];
  }

  async course(id: string): Promise<CourseRow | null> {
    const rows = (await this.ds.query(`${COURSE_SELECT} WHERE c.id = $1`, [id])) as CourseRow[];
    return rows[0] ?? null;
  }

  async courseCodeTaken(providerId: string, code: string, exceptId: string | null): Promise<boolean> {
    const rows = (await this.ds.query(`SELECT 1 FROM course WHERE provider_id = $1 AND code = $2 AND id <> $3`, [
      providerId,
      code,
      exceptId ?? '00000000-0000-0000-0000-000000000000',
    ])) as unknown[];
    return rows.length > 0;
  }

  async insertCourse(id: string, providerId: string, c: CourseInput, status: CourseStatus = 'draft'): Promise<void> {
    await this.ds.query(
      `INSERT INTO course (id, provider_id, code, title, description, targets, format, hours, languages, modules, price_azn, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        providerId,
        c.code,
        JSON.stringify(c.title),
        JSON.stringify(c.description),
        JSON.stringify(c.targets),
        c.format,
        c.hours,
        JSON.stringify(c.languages),
        JSON.stringify(c.modules),
        c.priceAzn,
        status,
      ],
    );
  }

  async updateCourse(id: string, c: CourseInput): Promise<void> {
    await this.ds.query(
      `UPDATE course SET code = $2, title = $3, description = $4, targets = $5, format = $6, hours = $7, languages = $8, modules = $9,
         price_azn = $10, updated_at = now() WHERE id = $1`,
      [
        id,
        c.code,
        JSON.stringify(c.title),
        JSON.stringify(c.description),
        JSON.stringify(c.targets),
        c.format,
        c.hours,
        JSON.stringify(c.languages),
        JSON.stringify(c.modules),
        c.priceAzn,
      ],
    );
  }

  /** Moves a course from one of `from` to `to`; false when it was in another status (a concurrent review). */
  async transitionCourse(
    id: string,
    from: CourseStatus[],
    to: CourseStatus,
    review: { comment: string | null; accountId: string } | null,
  ): Promise<boolean> {
    const rows = updated(
      await this.ds.query(
        `UPDATE course SET status = $3, updated_at = now(),
         review_comment = CASE WHEN $4::boolean THEN $5 ELSE review_comment END,
         reviewed_at = CASE WHEN $4::boolean THEN now() ELSE reviewed_at END,
         reviewed_by_account_id = CASE WHEN $4::boolean THEN $6::uuid ELSE reviewed_by_account_id END
       WHERE id = $1 AND status = ANY($2) RETURNING id`,
        [id, from, to, review !== null, review?.comment ?? null, review?.accountId ?? null],
      ),
    );
    return rows.length > 0;
  }

  /* ---------- sessions ---------- */

  async sessions(courseIds: readonly string[]): Promise<SessionRow[]> {
    if (courseIds.length === 0) return [];
    return (await this.ds.query(SESSIONS_OF_COURSES, [courseIds])) as SessionRow[];
  }

  /** Sessions of catalogue courses (read replica: free places may lag; enrolling checks the primary). */
  async catalogueSessions(courseIds: readonly string[]): Promise<SessionRow[]> {
    if (courseIds.length === 0) return [];
    return (await this.replica((m) => m.query(SESSIONS_OF_COURSES, [courseIds]))) as SessionRow[];
  }

  async session(id: string): Promise<(SessionRow & { providerId: string; courseStatus: CourseStatus }) | null> {
    const rows = (await this.ds.query(
      `SELECT s.id, s.course_id AS "courseId", c.provider_id AS "providerId", c.status AS "courseStatus", s.starts_on::text AS "startsOn",
              s.ends_on::text AS "endsOn", s.language, s.place, s.online_url AS "onlineUrl", s.capacity,
              (SELECT count(*)::int FROM enrolment e WHERE e.session_id = s.id AND e.status IN ${OCCUPYING}) AS enrolled,
              (SELECT count(*)::int FROM enrolment e WHERE e.session_id = s.id AND e.status = 'waiting') AS waiting
       FROM course_session s JOIN course c ON c.id = s.course_id WHERE s.id = $1`,
      [id],
    )) as (SessionRow & { providerId: string; courseStatus: CourseStatus })[];
    return rows[0] ?? null;
  }

  async insertSession(id: string, courseId: string, s: SessionInput): Promise<void> {
    await this.ds.query(
      `INSERT INTO course_session (id, course_id, starts_on, ends_on, language, place, online_url, capacity) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, courseId, s.startsOn, s.endsOn, s.language, s.place, s.onlineUrl, s.capacity],
    );
  }

  /* ---------- enrolments ---------- */

  /**
   * Enrols under a lock on the session row, so concurrent requests for one session are decided one
   * at a time: never more admitted than places; the rest join the waiting list (or are refused).
   */
  async enrol(
    id: string,
    sessionId: string,
    personId: string,
    planItemId: string | null,
    joinWaitingList: boolean,
    today: string,
  ): Promise<EnrolOutcome> {
    return this.ds.transaction(async (m) => {
      const [s] = (await m.query(
        `SELECT s.capacity, s.starts_on::text AS "startsOn", c.status FROM course_session s JOIN course c ON c.id = s.course_id
         WHERE s.id = $1 FOR UPDATE OF s`,
        [sessionId],
      )) as { capacity: number; startsOn: string; status: string }[];
      if (!s) return { kind: 'session_not_found' } as const;
      if (s.status !== 'approved') return { kind: 'not_approved' } as const;
      if (s.startsOn < today) return { kind: 'started' } as const;
      const [state] = (await m.query(
        `SELECT count(*) FILTER (WHERE status IN ${OCCUPYING})::int AS taken,
                (array_agg(id) FILTER (WHERE person_id = $2 AND status <> 'withdrawn'))[1] AS mine
         FROM enrolment WHERE session_id = $1`,
        [sessionId, personId],
      )) as { taken: number; mine: string | null }[];
      if (state.mine) return { kind: 'already', id: state.mine } as const;
      const status = state.taken < s.capacity ? 'enrolled' : 'waiting';
      if (status === 'waiting' && !joinWaitingList) return { kind: 'full' } as const;
      await m.query(
        `INSERT INTO enrolment (id, session_id, person_id, status, plan_item_id, created_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`,
        [id, sessionId, personId, status, planItemId],
      );
      return { kind: 'ok', id, status } as const;
    });
  }

  /** Withdraws; when a place frees up, the first person waiting takes it. Returns the promoted person. */
  async withdraw(enrolmentId: string): Promise<{ done: boolean; promoted: { personId: string; enrolmentId: string } | null }> {
    return this.ds.transaction(async (m) => {
      const [e] = (await m.query(`SELECT session_id AS "sessionId", status FROM enrolment WHERE id = $1`, [enrolmentId])) as {
        sessionId: string;
        status: string;
      }[];
      if (!e) return { done: false, promoted: null };
      await m.query(`SELECT 1 FROM course_session WHERE id = $1 FOR UPDATE`, [e.sessionId]);
      const [cur] = (await m.query(`SELECT status FROM enrolment WHERE id = $1`, [enrolmentId])) as { status: string }[];
      if (cur.status !== 'enrolled' && cur.status !== 'waiting') return { done: false, promoted: null };
      await m.query(`UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [enrolmentId]);
      if (cur.status !== 'enrolled') return { done: true, promoted: null };
      const promoted = updated<{ id: string; personId: string }>(
        await m.query(
          `UPDATE enrolment SET status = 'enrolled', updated_at = now()
         WHERE id = (SELECT id FROM enrolment WHERE session_id = $1 AND status = 'waiting' ORDER BY created_at, id LIMIT 1)
         RETURNING id, person_id AS "personId"`,
          [e.sessionId],
        ),
      );
      return { done: true, promoted: promoted[0] ? { personId: promoted[0].personId, enrolmentId: promoted[0].id } : null };
    });
  }

  async enrolment(id: string): Promise<EnrolmentRow | null> {
    const rows = (await this.ds.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id])) as EnrolmentRow[];
    return rows[0] ?? null;
  }

  async enrolmentsOfSession(sessionId: string): Promise<EnrolmentRow[]> {
    return (await this.ds.query(`${ENROLMENT_SELECT} WHERE e.session_id = $1 ORDER BY e.status = 'waiting', e.created_at, e.id`, [
      sessionId,
    ])) as EnrolmentRow[];
  }

  async enrolmentsOfPerson(personId: string): Promise<EnrolmentRow[]> {
    return (await this.ds.query(`${ENROLMENT_SELECT} WHERE e.person_id = $1 ORDER BY s.starts_on DESC, e.created_at DESC`, [
      personId,
    ])) as EnrolmentRow[];
  }

  /** Live enrolments of a person in the sessions of a course. */
  async liveEnrolmentInCourse(personId: string, courseId: string): Promise<EnrolmentRow | null> {
    const rows = (await this.ds.query(
      `${ENROLMENT_SELECT} WHERE e.person_id = $1 AND s.course_id = $2 AND e.status IN ('enrolled', 'in_progress', 'completed', 'failed')
       ORDER BY s.starts_on DESC LIMIT 1`,
      [personId, courseId],
    )) as EnrolmentRow[];
    return rows[0] ?? null;
  }

  /** Writes outcomes, all in one transaction (nothing when any fails). */
  async writeOutcomes(rows: readonly OutcomeWrite[], m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      for (const r of rows)
        await tx.query(
          `UPDATE enrolment SET status = $2, score = $3, evidence = $4, updated_at = now(),
             completed_at = CASE WHEN $2 IN ('completed', 'failed') THEN coalesce(completed_at, now()) ELSE NULL END
           WHERE id = $1`,
          [r.enrolmentId, r.status, r.score, r.evidence],
        );
    };
    if (m) await run(m);
    else await this.ds.transaction(run);
  }

  async xapiSeen(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = (await this.ds.query(`SELECT id FROM xapi_statement WHERE id = ANY($1)`, [ids])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  async storeXapi(
    statements: readonly { id: string; providerId: string; verb: string; statement: unknown; enrolmentId: string }[],
    outcomes: readonly OutcomeWrite[],
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      await this.writeOutcomes(outcomes, m);
      for (const s of statements)
        await m.query(
          `INSERT INTO xapi_statement (id, provider_id, verb, statement, enrolment_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
          [s.id, s.providerId, s.verb, JSON.stringify(s.statement), s.enrolmentId],
        );
    });
  }

  /* ---------- plans ---------- */

  async planOf(personId: string): Promise<PlanRow | null> {
    const rows = (await this.ds.query(
      `SELECT id, person_id AS "personId", created_at AS "createdAt" FROM development_plan WHERE person_id = $1`,
      [personId],
    )) as PlanRow[];
    return rows[0] ?? null;
  }

  async planById(id: string): Promise<PlanRow | null> {
    const rows = (await this.ds.query(`SELECT id, person_id AS "personId", created_at AS "createdAt" FROM development_plan WHERE id = $1`, [
      id,
    ])) as PlanRow[];
    return rows[0] ?? null;
  }

  /** The person's plan, created when missing (two calls at once make one plan). */
  async ensurePlan(id: string, personId: string): Promise<{ plan: PlanRow; created: boolean }> {
    const inserted = (await this.ds.query(
      `INSERT INTO development_plan (id, person_id) VALUES ($1, $2) ON CONFLICT (person_id) DO NOTHING RETURNING id`,
      [id, personId],
    )) as unknown[];
    return { plan: (await this.planOf(personId)) as PlanRow, created: inserted.length > 0 };
  }

  async planItems(planId: string): Promise<PlanItemRow[]> {
    return (await this.ds.query(`${PLAN_ITEM_SELECT} WHERE i.plan_id = $1 ORDER BY i.competency_code, i.from_level, i.created_at`, [
      planId,
    ])) as PlanItemRow[];
  }

  async planItem(id: string): Promise<(PlanItemRow & { personId: string }) | null> {
    const rows = (await this.ds.query(
      `SELECT x.*, dp.person_id AS "personId" FROM (${PLAN_ITEM_SELECT} WHERE i.id = $1) x JOIN development_plan dp ON dp.id = x."planId"`,
      [id],
    )) as (PlanItemRow & { personId: string })[];
    return rows[0] ?? null;
  }

  /** Replaces the proposed (not yet accepted) items of a plan with new ones. */
  async replaceProposed(
    planId: string,
    items: readonly {
      id: string;
      competencyCode: string;
      fromLevel: number;
      targetLevel: number;
      courseId: string | null;
      sessionId: string | null;
      dueDate: string | null;
    }[],
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`SELECT 1 FROM development_plan WHERE id = $1 FOR UPDATE`, [planId]);
      await m.query(
        `DELETE FROM plan_item i WHERE plan_id = $1 AND status = 'proposed' AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.plan_item_id = i.id)`,
        [planId],
      );
      for (const it of items) await this.insertItem(m, planId, it, 'proposed');
      await m.query(`UPDATE development_plan SET updated_at = now() WHERE id = $1`, [planId]);
    });
  }

  async insertItem(
    m: EntityManager | null,
    planId: string,
    it: {
      id: string;
      competencyCode: string;
      fromLevel: number;
      targetLevel: number;
      courseId: string | null;
      sessionId: string | null;
      dueDate: string | null;
    },
    status: 'proposed' | 'accepted',
  ): Promise<void> {
    await (m ?? this.ds.manager).query(
      `INSERT INTO plan_item (id, plan_id, competency_code, from_level, target_level, course_id, session_id, due_date, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())`,
      [it.id, planId, it.competencyCode, it.fromLevel, it.targetLevel, it.courseId, it.sessionId, it.dueDate, status],
    );
  }

  async updateItem(
    id: string,
    change: { status?: 'accepted' | 'cancelled'; courseId?: string | null; sessionId?: string | null; dueDate?: string | null },
  ): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (col: string, v: unknown) => {
      params.push(v);
      sets.push(`${col} = $${params.length}`);
    };
    if (change.status !== undefined) set('status', change.status);
    if (change.courseId !== undefined) set('course_id', change.courseId);
    if (change.sessionId !== undefined) set('session_id', change.sessionId);
    if (change.dueDate !== undefined) set('due_date', change.dueDate);
    if (sets.length)
      await this.ds.query(`UPDATE plan_item SET ${sets.join(', ')} WHERE id = $1 AND status IN ('proposed', 'accepted')`, params);
  }

  /** Accepts the open items of a plan and makes them due by `deadline` at the latest. */
  async bindOpenItemsTo(planId: string, deadline: string): Promise<void> {
    await this.ds.query(
      `UPDATE plan_item SET status = 'accepted', due_date = LEAST(coalesce(due_date, $2::date), $2::date)
       WHERE plan_id = $1 AND status IN ('proposed', 'accepted')`,
      [planId, deadline],
    );
  }

  async linkEnrolmentToItem(planItemId: string, enrolmentId: string, sessionId: string): Promise<void> {
    await this.ds.query(
      `UPDATE plan_item SET session_id = $2, status = CASE WHEN status = 'proposed' THEN 'accepted' ELSE status END WHERE id = $1`,
      [planItemId, sessionId],
    );
    await this.ds.query(`UPDATE enrolment SET plan_item_id = $1 WHERE id = $2`, [planItemId, enrolmentId]);
  }

  /**
   * Closes open items of a person whose competency has a measurement taken after the item was
   * created that meets the item's target (the latest such measurement decides). Completion alone
   * never closes an item. Returns the closed item ids.
   */
  async closeMetItems(personId: string | null): Promise<string[]> {
    const rows = updated<{ id: string }>(
      await this.ds.query(
        `UPDATE plan_item i SET status = 'closed', closed_at = x.measured_at, closed_level = x.level
         FROM (
           SELECT i2.id, m.level, m.measured_at
           FROM plan_item i2
           JOIN development_plan dp ON dp.id = i2.plan_id
           CROSS JOIN LATERAL (SELECT cm.level, cm.measured_at FROM competency_measurement cm
                       WHERE cm.person_id = dp.person_id AND cm.competency_code = i2.competency_code AND cm.measured_at > i2.created_at
                       ORDER BY cm.measured_at DESC, cm.id DESC LIMIT 1) m
           WHERE i2.status IN ('proposed', 'accepted') AND m.level >= i2.target_level ${personId ? 'AND dp.person_id = $1' : ''}
         ) x
         WHERE i.id = x.id
         RETURNING i.id`,
        personId ? [personId] : [],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Open items due within `days` (or overdue) that were not reminded today, with their person. */
  async itemsToRemind(today: string, days: number): Promise<{ id: string; personId: string; competencyCode: string; dueDate: string }[]> {
    return (await this.ds.query(
      `SELECT i.id, dp.person_id AS "personId", i.competency_code AS "competencyCode", i.due_date::text AS "dueDate"
       FROM plan_item i JOIN development_plan dp ON dp.id = i.plan_id
       WHERE i.status IN ('proposed', 'accepted') AND i.due_date IS NOT NULL AND i.due_date <= $1::date + $2::int
         AND (i.last_reminded_on IS NULL OR i.last_reminded_on < $1::date)
       LIMIT 5000`,
      [today, days],
    )) as { id: string; personId: string; competencyCode: string; dueDate: string }[];
  }

  async markReminded(itemIds: readonly string[], today: string): Promise<void> {
    if (itemIds.length) await this.ds.query(`UPDATE plan_item SET last_reminded_on = $2 WHERE id = ANY($1)`, [itemIds, today]);
  }

  /* ---------- notifications ---------- */

  async notify(id: string, personId: string, kind: string, dedupeKey: string, text: LocalizedText, link: string | null): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification (id, person_id, kind, dedupe_key, text, link) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING`,
      [id, personId, kind, dedupeKey, JSON.stringify(text), link],
    );
  }

  async notifications(
    personId: string,
  ): Promise<{ id: string; kind: string; text: LocalizedText; link: string | null; createdAt: Date; readAt: Date | null }[]> {
    return (await this.ds.query(
      `SELECT id, kind, text, link, created_at AS "createdAt", read_at AS "readAt" FROM notification WHERE person_id = $1
       ORDER BY created_at DESC LIMIT 100`,
      [personId],
    )) as { id: string; kind: string; text: LocalizedText; link: string | null; createdAt: Date; readAt: Date | null }[];
  }

  /* ---------- people ---------- */

  async personsByCodes(codes: readonly string[]): Promise<Map<string, { id: string; organisationId: string }>> {
    if (codes.length === 0) return new Map();
    const rows = (await this.ds.query(
      `SELECT id, personal_code AS code, organisation_id AS "organisationId" FROM person WHERE personal_code = ANY($1)`,
      [codes],
    )) as { id: string; code: string; organisationId: string }[];
    return new Map(rows.map((r) => [r.code, { id: r.id, organisationId: r.organisationId }]));
  }

  async personByEmail(email: string): Promise<{ id: string } | null> {
    const rows = (await this.ds.query(`SELECT id FROM person WHERE lower(email) = lower($1) LIMIT 2`, [email])) as { id: string }[];
    return rows.length === 1 ? rows[0] : null;
  }

  async personNames(ids: readonly string[]): Promise<Map<string, { name: string; positionCode: string; language: string }>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.ds.query(
      `SELECT id, first_name || ' ' || last_name AS name, position_code AS "positionCode", preferred_language AS language FROM person WHERE id = ANY($1)`,
      [ids],
    )) as { id: string; name: string; positionCode: string; language: string }[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /* ---------- effectiveness data ---------- */

  /** Completed enrolments with the session start and completion time. */
  async completions(
    providerId: string | null,
  ): Promise<{ courseId: string; providerId: string; personId: string; startsOn: string; completedAt: Date }[]> {
    return (await this.ds.query(
      `SELECT s.course_id AS "courseId", c.provider_id AS "providerId", e.person_id AS "personId", s.starts_on::text AS "startsOn",
              coalesce(e.completed_at, s.ends_on::timestamptz) AS "completedAt"
       FROM enrolment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
       WHERE e.status = 'completed' ${providerId ? 'AND c.provider_id = $1' : ''}`,
      providerId ? [providerId] : [],
    )) as { courseId: string; providerId: string; personId: string; startsOn: string; completedAt: Date }[];
  }

  /** People who took (or are taking) each course: excluded from its comparison group. */
  async participants(): Promise<{ courseId: string; personId: string }[]> {
    return (await this.ds.query(
      `SELECT DISTINCT s.course_id AS "courseId", e.person_id AS "personId" FROM enrolment e JOIN course_session s ON s.id = e.session_id
       WHERE e.status IN ('enrolled', 'in_progress', 'completed', 'failed')`,
    )) as { courseId: string; personId: string }[];
  }

  async measurements(
    codes: readonly string[],
  ): Promise<{ personId: string; code: string; level: number; at: Date; positionCode: string }[]> {
    if (codes.length === 0) return [];
    return (await this.ds.query(
      `SELECT m.person_id AS "personId", m.competency_code AS code, m.level, m.measured_at AS at, p.position_code AS "positionCode"
       FROM competency_measurement m JOIN person p ON p.id = m.person_id
       WHERE m.competency_code = ANY($1) ORDER BY m.measured_at`,
      [codes],
    )) as { personId: string; code: string; level: number; at: Date; positionCode: string }[];
  }

  /* ---------- resource library ---------- */

  async resources(f: ResourceQuery): Promise<
    {
      id: string;
      kind: string;
      title: Record<string, string>;
      summary: Record<string, string> | null;
      competencies: string[];
      languages: string[];
      url: string;
      publishedOn: string | null;
    }[]
  > {
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.kind) where.push(`kind = ${p(f.kind)}`);
    if (f.competency) where.push(`competencies ? ${p(f.competency)}`);
    if (f.language) where.push(`languages ? ${p(f.language)}`);
    if (f.q) {
      const q = p(like(f.q));
      where.push(`(title->>'az' ILIKE ${q} OR title->>'ru' ILIKE ${q} OR title->>'en' ILIKE ${q} OR summary::text ILIKE ${q})`);
    }
    return (await this.replica((m) =>
      m.query(
        `SELECT id, kind, title, summary, competencies, languages, url, published_on::text AS "publishedOn" FROM library_resource
         WHERE ${where.join(' AND ')} ORDER BY published_on DESC NULLS LAST, title->>'en' LIMIT 500`,
        params,
      ),
    )) as never;
  }

  async insertResource(id: string, r: ResourceInput): Promise<void> {
    await this.ds.query(
      `INSERT INTO library_resource (id, kind, title, summary, competencies, languages, url, published_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        r.kind,
        JSON.stringify(r.title),
        r.summary ? JSON.stringify(r.summary) : null,
        JSON.stringify(r.competencies),
        JSON.stringify(r.languages),
        r.url,
        r.publishedOn,
      ],
    );
  }

  async countResources(): Promise<number> {
    const [r] = (await this.ds.query(`SELECT count(*)::int AS n FROM library_resource`)) as { n: number }[];
    return r.n;
  }

  /* ---------- demo data ---------- */

  query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.ds.query(sql, params) as Promise<T>;
  }
}

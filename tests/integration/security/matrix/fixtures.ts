import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { makeSerial } from '@civics/domain';
import type { TestApp } from '../../support/test-app';
import type { HttpClient } from '../../support/http-client';

/** The three object scopes of the matrix, seen from the demo civil servant and the demo HR officer (scope: MDDT). */
export type ObjectScope = 'own' | 'same' | 'other';
export type ScopedIds = Readonly<Record<ObjectScope, string>>;

/**
 * Objects in every scope. `own` belongs to the demo civil servant (MDDT-EGOV-ES) or, for provider objects,
 * to the demo provider's institution; `same` to another person of the same ministry (inside the demo HR
 * officer's subtree); `other` to a person of the State Tax Service (outside it) or to another provider.
 */
export interface MatrixFixtures {
  readonly persons: ScopedIds;
  readonly attempts: ScopedIds;
  /** An item delivered in the servant's attempt (for the response route). */
  readonly attemptItems: ScopedIds;
  readonly plans: ScopedIds;
  readonly planItems: ScopedIds;
  readonly enrolments: ScopedIds;
  readonly sessions: ScopedIds;
  readonly candidates: ScopedIds;
  readonly certificates: ScopedIds;
  readonly rosterImports: ScopedIds;
  readonly reports: ScopedIds;
  /** Provider objects: `same` is the demo provider's too (providers have no organisation). */
  readonly providers: ScopedIds;
  readonly courses: ScopedIds;
  readonly courseSessions: ScopedIds;
  readonly methodologyId: string;
  readonly itemId: string;
  readonly templateId: string;
  readonly statusListId: string;
}

const CSV_HEADER = 'personalCode,lastName,firstName,email,unit,position,hiredOn';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function one(db: Client, text: string, params: unknown[] = []): Promise<string> {
  const rows = (await db.query<{ id: string }>(text, params)).rows;
  if (!rows[0]) throw new Error(`fixture query found nothing: ${text} ${JSON.stringify(params)}`);
  return rows[0].id;
}

/** Copies one row under a new id with some columns replaced (objects the demo data has in one scope only). */
async function copyRow(db: Client, table: string, id: string, changes: Record<string, unknown>): Promise<string> {
  const newId = randomUUID();
  await db.query(`CREATE TEMP TABLE fixture_copy ON COMMIT DROP AS SELECT * FROM ${table} WHERE id = $1`, [id]);
  const sets = Object.keys(changes).map((c, i) => `${c} = $${i + 2}`);
  await db.query(`UPDATE fixture_copy SET id = $1${sets.length ? ', ' + sets.join(', ') : ''}`, [newId, ...Object.values(changes)]);
  await db.query(`INSERT INTO ${table} SELECT * FROM fixture_copy`);
  await db.query(`DROP TABLE fixture_copy`);
  return newId;
}

async function uploadRoster(client: HttpClient, unit: string, code: string): Promise<string> {
  const res = await fetch(client.baseUrl + '/api/roster-imports', {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${client.token}` },
    body: `${CSV_HEADER}\n${code},Test,Roster,,${unit},SPECIALIST,\n`,
  });
  const body = (await res.json()) as { id: string };
  if (res.status !== 201) throw new Error(`roster upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

export async function buildFixtures(t: TestApp): Promise<MatrixFixtures> {
  const db = new Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    const org = async (code: string) => one(db, `SELECT id FROM organisation WHERE code = $1`, [code]);
    const mddt = await org('MDDT');
    const sts = await org('STS');
    const servantPerson = await one(db, `SELECT person_id AS id FROM account WHERE username = 'servant'`);
    // Another person of the same unit with an attempt, and a State Tax Service person with one.
    const personWithAttempt = (codes: string[], not: string) =>
      one(
        db,
        `SELECT p.id FROM person p JOIN organisation o ON o.id = p.organisation_id
         WHERE o.code = ANY($1) AND p.id <> $2 AND EXISTS (SELECT 1 FROM attempt a WHERE a.person_id = p.id)
         ORDER BY p.personal_code LIMIT 1`,
        [codes, not],
      );
    const samePerson = await personWithAttempt(['MDDT-EGOV-ES'], servantPerson);
    const otherPerson = await personWithAttempt(['STS-IT-DS'], servantPerson);
    const persons = { own: servantPerson, same: samePerson, other: otherPerson };

    // The demo servant has no attempt yet: one in progress, through the API.
    const servant = await t.signIn('servant');
    const templates = (await servant.get<{ id: string; blueprint: { source: string } }[]>('/api/assessment-templates')).body;
    const started = await servant.post('/api/attempts', { templateId: templates.find((x) => x.blueprint.source === 'chosen')?.id });
    if (started.status !== 201) throw new Error(`servant attempt: ${started.status} ${started.text}`);
    const attemptOf = (p: string) => one(db, `SELECT id FROM attempt WHERE person_id = $1 ORDER BY started_at DESC LIMIT 1`, [p]);
    const attempts = { own: await attemptOf(servantPerson), same: await attemptOf(samePerson), other: await attemptOf(otherPerson) };
    const itemOf = (a: string) => one(db, `SELECT item_id AS id FROM attempt_item WHERE attempt_id = $1 LIMIT 1`, [a]);
    // Seeded attempts keep responses only: every scope uses an item of the servant's attempt (the attempt decides).
    const ownItem = await itemOf(attempts.own);
    const attemptItems = { own: ownItem, same: ownItem, other: ownItem };

    await db.query('BEGIN');
    // Development plans and items: the demo has them for some people only; copy one for each scope.
    const anyPlan = await one(db, `SELECT id FROM development_plan ORDER BY id LIMIT 1`);
    const planFor = async (p: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM development_plan WHERE person_id = $1`, [p])).rows[0]?.id ??
      copyRow(db, 'development_plan', anyPlan, { person_id: p });
    const plans = { own: await planFor(servantPerson), same: await planFor(samePerson), other: await planFor(otherPerson) };
    const anyPlanItem = await one(db, `SELECT id FROM plan_item ORDER BY id LIMIT 1`);
    const planItemFor = async (plan: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM plan_item WHERE plan_id = $1 LIMIT 1`, [plan])).rows[0]?.id ??
      copyRow(db, 'plan_item', anyPlanItem, { plan_id: plan });
    const planItems = { own: await planItemFor(plans.own), same: await planItemFor(plans.same), other: await planItemFor(plans.other) };

    const anyEnrolment = await one(db, `SELECT id FROM enrolment WHERE status = 'enrolled' ORDER BY id LIMIT 1`);
    const enrolmentFor = async (p: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM enrolment WHERE person_id = $1 AND status = 'enrolled' LIMIT 1`, [p])).rows[0]?.id ??
      copyRow(db, 'enrolment', anyEnrolment, { person_id: p, plan_item_id: null });
    const enrolments = {
      own: await enrolmentFor(servantPerson),
      same: await enrolmentFor(samePerson),
      other: await enrolmentFor(otherPerson),
    };

    // Attestation: the demo's open session (MDDT-EGOV); its copy in the State Tax Service is the other scope.
    const openSession = await one(db, `SELECT id FROM attestation_session WHERE status = 'scheduled' LIMIT 1`);
    const pastSession = await one(db, `SELECT id FROM attestation_session WHERE status = 'decided' LIMIT 1`);
    const stsSession = await copyRow(db, 'attestation_session', openSession, { organisation_id: sts });
    const sessions = { own: openSession, same: pastSession, other: stsSession };
    const anyCandidate = await one(db, `SELECT id FROM attestation_candidate WHERE session_id = $1 LIMIT 1`, [openSession]);
    const candidateIn = async (session: string, p: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM attestation_candidate WHERE session_id = $1 AND person_id = $2`, [session, p]))
        .rows[0]?.id ?? copyRow(db, 'attestation_candidate', anyCandidate, { session_id: session, person_id: p, attempt_id: null });
    const candidates = {
      own: await candidateIn(openSession, servantPerson),
      same: await candidateIn(openSession, samePerson),
      other: await candidateIn(stsSession, otherPerson),
    };

    const anyCertificate = await one(db, `SELECT id FROM certificate ORDER BY issued_at LIMIT 1`);
    const certificateFor = async (p: string, serial: string) => {
      const found = (await db.query<{ serial: string }>(`SELECT serial FROM certificate WHERE person_id = $1 LIMIT 1`, [p])).rows[0];
      if (found) return found.serial;
      const index = Number((await db.query<{ n: number }>(`SELECT max(status_index) + 1 AS n FROM certificate`)).rows[0].n);
      await copyRow(db, 'certificate', anyCertificate, { person_id: p, serial, source_id: randomUUID(), status_index: index });
      return serial;
    };
    const certificates = {
      own: await certificateFor(servantPerson, makeSerial(2026, new Uint8Array(9).fill(1))),
      same: await certificateFor(samePerson, makeSerial(2026, new Uint8Array(9).fill(2))),
      other: await certificateFor(otherPerson, makeSerial(2026, new Uint8Array(9).fill(3))),
    };

    const reportIn = (organisation: string, month: string) =>
      one(
        db,
        `INSERT INTO analytics_report (id, organisation_id, month, language, file_name, content)
         VALUES (gen_random_uuid(), $1, $2, 'en', 'report.pdf', '\\x255044462d') RETURNING id`,
        [organisation, month],
      );
    // Monthly reports are addressed to accounts: `own` to the demo HR officer, `same` to nobody of theirs.
    const reports = {
      own: await reportIn(mddt, '2026-01-01'),
      same: await reportIn(mddt, '2026-02-01'),
      other: await reportIn(sts, '2026-01-01'),
    };
    await db.query(`INSERT INTO analytics_report_recipient (report_id, account_id) SELECT $1, id FROM account WHERE username = 'hr'`, [
      reports.own,
    ]);

    const providerOwn = await one(db, `SELECT scope_provider_id AS id FROM account_role WHERE role = 'training_provider' LIMIT 1`);
    const providerOther = await one(db, `SELECT id FROM training_provider WHERE id <> $1 LIMIT 1`, [providerOwn]);
    const courseOf = (p: string) => one(db, `SELECT id FROM course WHERE provider_id = $1 ORDER BY code LIMIT 1`, [p]);
    const courses = { own: await courseOf(providerOwn), same: await courseOf(providerOwn), other: await courseOf(providerOther) };
    const sessionOf = (c: string) => one(db, `SELECT id FROM course_session WHERE course_id = $1 ORDER BY starts_on LIMIT 1`, [c]);
    const courseSessions = { own: await sessionOf(courses.own), same: await sessionOf(courses.own), other: await sessionOf(courses.other) };

    const methodologyId = await one(db, `SELECT id FROM methodology_version WHERE status = 'approved' LIMIT 1`);
    await db.query('COMMIT');

    // Roster imports through the API: by the demo HR officer, a second HR officer of the ministry, and one of the tax service.
    const admin = await t.signIn('admin');
    const passphrase = 'matrix fixture passphrase';
    for (const [username, scope] of [
      ['hr.mddt2', mddt],
      ['hr.sts', sts],
    ] as const) {
      const r = await admin.post('/api/accounts', {
        username,
        password: passphrase,
        roles: [{ role: 'hr_officer', scopeOrganisationId: scope }],
      });
      if (r.status !== 201) throw new Error(`account ${username}: ${r.status} ${r.text}`);
    }
    const rosterImports = {
      own: await uploadRoster(await t.signIn('hr'), 'MDDT-EGOV-ES', 'MX00001'),
      same: await uploadRoster(await t.signIn('hr.mddt2', passphrase), 'MDDT-EGOV-ES', 'MX00002'),
      other: await uploadRoster(await t.signIn('hr.sts', passphrase), 'STS-IT-DS', 'MX00003'),
    };

    return {
      persons,
      attempts,
      attemptItems,
      plans,
      planItems,
      enrolments,
      sessions,
      candidates,
      certificates,
      rosterImports,
      reports,
      providers: { own: providerOwn, same: providerOwn, other: providerOther },
      courses,
      courseSessions,
      methodologyId,
      itemId: await one(db, `SELECT id FROM item WHERE status = 'active' LIMIT 1`),
      templateId: await one(db, `SELECT id FROM assessment_template LIMIT 1`),
      statusListId: await one(db, `SELECT id FROM certificate_status_list LIMIT 1`),
    };
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

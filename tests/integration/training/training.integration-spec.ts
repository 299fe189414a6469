import { randomUUID } from 'node:crypto';
import { PlanRemindersJob } from '@civics/api-training';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import type { HttpClient } from '../support/http-client';
import { activeItems, choiceItem, createTemplate, type DeliveredItem } from '../assessment/support';

const t3 = (en: string) => ({ az: `${en} (az)`, ru: `${en} (ru)`, en });
const DEMO_SECOND_PROVIDER_ID = '5f1c2a4e-7b7e-4c55-9b0e-0d3a8e6a1002';

function inDays(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

function courseInput(code: string, targets: { competencyCode: string; fromLevel: number; toLevel: number }[]) {
  return {
    code,
    title: t3(`Course ${code}`),
    description: t3(`About ${code}`),
    targets,
    format: 'online',
    hours: 8,
    languages: ['az', 'en'],
    modules: [{ title: { en: 'Only module' }, hours: 8 }],
  };
}

/** A course of the demo provider, approved, with one session of `capacity` places; returns ids. */
async function approvedCourseWithSession(
  t: TestApp,
  code: string,
  targets: { competencyCode: string; fromLevel: number; toLevel: number }[],
  capacity: number,
): Promise<{ courseId: string; sessionId: string }> {
  const provider = await t.signIn('provider');
  const methodologist = await t.signIn('methodologist');
  const created = await provider.post('/api/courses', courseInput(code, targets));
  if (created.status !== 201) throw new Error(created.text);
  const courseId = created.body.id as string;
  expect((await provider.post(`/api/courses/${courseId}/submit`)).status).toBe(200);
  expect((await methodologist.post(`/api/courses/${courseId}/approve`, {})).status).toBe(200);
  const s = await provider.post(`/api/courses/${courseId}/sessions`, {
    startsOn: inDays(7),
    endsOn: inDays(8),
    language: 'az',
    onlineUrl: 'https://learn.example.az/x',
    capacity,
  });
  if (s.status !== 201) throw new Error(s.text);
  return { courseId, sessionId: s.body.id };
}

/** `n` civil servants in the HR officer's organisation (the demo Ministry). */
async function people(t: TestApp, n: number, prefix: string): Promise<{ id: string; code: string }[]> {
  const [org] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM organisation WHERE code = 'MDDT-EGOV-ES'`);
  const out: { id: string; code: string }[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const code = `${prefix}${String(i).padStart(3, '0')}`;
    await sql(
      t.databaseUrl,
      `INSERT INTO person (id, personal_code, first_name, last_name, organisation_id, position_code, position_title)
       VALUES ($1, $2, 'Test', $3, $4, 'SPECIALIST', 'Mütəxəssis')`,
      [id, code, `Person ${i}`, org.id],
    );
    out.push({ id, code });
  }
  return out;
}

describe('training', () => {
  let t: TestApp;
  let provider: HttpClient;
  let methodologist: HttpClient;
  let hr: HttpClient;
  let servant: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    provider = await t.signIn('provider');
    methodologist = await t.signIn('methodologist');
    hr = await t.signIn('hr');
    servant = await t.signIn('servant');
  });
  afterAll(() => t.close());

  it('seeds two providers and at least 25 approved courses covering every competency of version 1', async () => {
    const providers = (await t.client().get('/api/providers')).body;
    expect(providers).toHaveLength(2);
    const courses = (await t.client().get('/api/courses')).body as { targets: { competencyCode: string }[]; sessions: unknown[] }[];
    expect(courses.length).toBeGreaterThanOrEqual(25);
    const covered = new Set(courses.flatMap((c) => c.targets.map((x) => x.competencyCode)));
    const version = (await t.client().get('/api/methodologies/current')).body;
    const all = version.content.areas.flatMap((a: { competencies: { code: string }[] }) => a.competencies.map((c) => c.code));
    expect(all.filter((c: string) => !covered.has(c))).toEqual([]);
    expect(courses.every((c) => c.sessions.length > 0)).toBe(true);
  });

  it('publish → approve → visible; a refused course carries the comment and stays hidden', async () => {
    const created = await provider.post('/api/courses', courseInput('IT-PUBLISH', [{ competencyCode: 'EG1', fromLevel: 1, toLevel: 3 }]));
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    const id = created.body.id;
    const visible = async () => ((await t.client().get('/api/courses?q=IT-PUBLISH')).body as { id: string }[]).some((c) => c.id === id);
    expect(await visible()).toBe(false);
    expect((await t.client().get(`/api/courses/${id}`)).status).toBe(404);
    // Not submitted yet: cannot be approved.
    expect((await methodologist.post(`/api/courses/${id}/approve`, {})).body.code).toBe('course_not_submitted');
    await provider.post(`/api/courses/${id}/submit`);
    const queue = (await methodologist.get('/api/courses/manage?status=submitted')).body as { id: string }[];
    expect(queue.some((c) => c.id === id)).toBe(true);
    const refused = await methodologist.post(`/api/courses/${id}/reject`, { comment: 'Add the legal basis module' });
    expect(refused.body).toMatchObject({ status: 'rejected', reviewComment: 'Add the legal basis module' });
    expect(await visible()).toBe(false);
    const fixed = await provider.put(`/api/courses/${id}`, {
      ...courseInput('IT-PUBLISH', [{ competencyCode: 'EG1', fromLevel: 1, toLevel: 3 }]),
      hours: 12,
    });
    expect(fixed.status).toBe(200);
    await provider.post(`/api/courses/${id}/submit`);
    expect((await methodologist.post(`/api/courses/${id}/approve`, { comment: 'Fine' })).body.status).toBe('approved');
    expect(await visible()).toBe(true);
    // An approved course is frozen for its provider.
    expect(
      (await provider.put(`/api/courses/${id}`, courseInput('IT-PUBLISH', [{ competencyCode: 'EG1', fromLevel: 1, toLevel: 3 }]))).status,
    ).toBe(409);
    // A refusal needs a reason.
    const r = await methodologist.post(`/api/courses/${id}/reject`, {});
    expect(r.status).toBe(400);
  });

  it('refuses a course with an unknown competency or a to-level not above the from-level, with field errors', async () => {
    const unknown = await provider.post('/api/courses', courseInput('IT-BAD1', [{ competencyCode: 'ZZ9', fromLevel: 0, toLevel: 2 }]));
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'body.targets.0.competencyCode' })]);
    const levels = await provider.post('/api/courses', courseInput('IT-BAD2', [{ competencyCode: 'IS1', fromLevel: 3, toLevel: 2 }]));
    expect(levels.status).toBe(400);
    expect(levels.body.errors.map((e: { field: string }) => e.field)).toContain('body.targets.0.toLevel');
    const [{ n }] = await sql<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM course WHERE code LIKE 'IT-BAD%'`);
    expect(n).toBe(0);
    // Only providers author courses.
    expect(
      (await methodologist.post('/api/courses', courseInput('IT-BAD3', [{ competencyCode: 'IS1', fromLevel: 0, toLevel: 2 }]))).status,
    ).toBe(403);
  });

  it('filters and searches the catalogue', async () => {
    const is2 = (await t.client().get('/api/courses?competency=IS2&level=2')).body as {
      targets: { competencyCode: string; fromLevel: number; toLevel: number }[];
    }[];
    expect(is2.length).toBeGreaterThan(0);
    expect(is2.every((c) => c.targets.some((x) => x.competencyCode === 'IS2' && x.fromLevel < 2 && x.toLevel >= 2))).toBe(true);
    const ruOnline = (await t.client().get('/api/courses?language=ru&format=online')).body as { languages: string[]; format: string }[];
    expect(ruOnline.every((c) => c.languages.includes('ru') && c.format === 'online')).toBe(true);
    expect(
      (await t.client().get(`/api/courses?providerId=${DEMO_SECOND_PROVIDER_ID}`)).body.every(
        (c: { providerId: string }) => c.providerId === DEMO_SECOND_PROVIDER_ID,
      ),
    ).toBe(true);
    expect((await t.client().get('/api/courses?q=BPMN')).body.length).toBeGreaterThan(0);
    expect((await t.client().get(`/api/courses?from=${inDays(400)}`)).body).toEqual([]);
    expect((await t.client().get('/api/courses?level=banana')).status).toBe(400);
  });

  it('50 concurrent enrolments into 20 places give exactly 20 enrolled and 30 waiting; withdrawal promotes the first waiting', async () => {
    const { sessionId } = await approvedCourseWithSession(t, 'IT-CAP', [{ competencyCode: 'DF1', fromLevel: 0, toLevel: 2 }], 20);
    const crowd = await people(t, 50, 'CAP');
    const results = await Promise.all(crowd.map((p) => hr.post('/api/enrolments', { sessionId, personId: p.id })));
    expect(results.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const rows = await sql<{ status: string; n: number }>(
      t.databaseUrl,
      `SELECT status, count(*)::int AS n FROM enrolment WHERE session_id = $1 GROUP BY status ORDER BY status`,
      [sessionId],
    );
    expect(rows).toEqual([
      { status: 'enrolled', n: 20 },
      { status: 'waiting', n: 30 },
    ]);
    const session = (await provider.get(`/api/sessions/${sessionId}/enrolments`)).body as {
      id: string;
      status: string;
      waitingPosition: number | null;
      personId: string;
    }[];
    const firstWaiting = session.find((e) => e.waitingPosition === 1);
    expect(firstWaiting?.status).toBe('waiting');
    const anEnrolled = session.find((e) => e.status === 'enrolled') as { id: string };
    const w = await hr.post(`/api/enrolments/${anEnrolled.id}/withdraw`);
    expect(w.body.status).toBe('withdrawn');
    const after = (await provider.get(`/api/sessions/${sessionId}/enrolments`)).body as { id: string; status: string }[];
    expect(after.find((e) => e.id === firstWaiting?.id)?.status).toBe('enrolled');
    expect(after.filter((e) => e.status === 'enrolled')).toHaveLength(20);
    // The promoted person is told.
    const [note] = await sql<{ kind: string }>(t.databaseUrl, `SELECT kind FROM notification WHERE person_id = $1`, [
      firstWaiting?.personId,
    ]);
    expect(note.kind).toBe('waitlist_promoted');
    // Refusing the waiting list on a full session, and enrolling twice.
    const extra = await people(t, 1, 'CAPX');
    const full = await hr.post('/api/enrolments', { sessionId, personId: extra[0].id, joinWaitingList: false });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('session_full');
    // Someone still holding a place (the withdrawn one may enrol again).
    const stillEnrolled = after.find((e) => e.status === 'enrolled' && e.id !== anEnrolled.id) as { id: string };
    const holder = session.find((e) => e.id === stillEnrolled.id) as { personId: string };
    const twice = await hr.post('/api/enrolments', { sessionId, personId: holder.personId });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_enrolled');
  });

  it('refuses enrolment in a session that has started, and outside the HR officer’s scope', async () => {
    const { courseId } = await approvedCourseWithSession(t, 'IT-PAST', [{ competencyCode: 'DF2', fromLevel: 0, toLevel: 2 }], 5);
    const past = randomUUID();
    await sql(
      t.databaseUrl,
      `INSERT INTO course_session (id, course_id, starts_on, ends_on, language, online_url, capacity) VALUES ($1, $2, $3, $3, 'az', 'https://x.example', 5)`,
      [past, courseId, inDays(-3)],
    );
    const r = await servant.post('/api/enrolments', { sessionId: past });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('session_started');
    expect(r.body.errors[0].field).toBe('body.sessionId');
    const [outside] = await sql<{ id: string }>(
      t.databaseUrl,
      `SELECT p.id FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE o.code LIKE 'STS%' LIMIT 1`,
    );
    expect((await hr.get(`/api/plans/person/${outside.id}`)).status).toBe(404);
    const sessions = (await t.client().get(`/api/courses/${courseId}`)).body.sessions as { id: string }[];
    expect((await hr.post('/api/enrolments', { sessionId: sessions[0].id, personId: outside.id })).status).toBe(404);
  });

  it('a completion upload with unknown people or duplicate rows writes nothing and reports every row; a valid one (CSV or XLSX) records', async () => {
    const { sessionId } = await approvedCourseWithSession(t, 'IT-UPLOAD', [{ competencyCode: 'ED3', fromLevel: 0, toLevel: 2 }], 10);
    const group = await people(t, 3, 'UPL');
    for (const p of group) expect((await hr.post('/api/enrolments', { sessionId, personId: p.id })).status).toBe(201);
    const bad = [
      'personalCode,status,score,note',
      `${group[0].code},completed,88,`,
      `NOSUCH1,completed,70,`,
      `${group[1].code},completed,120,`,
      `${group[0].code},failed,,`,
      `${group[2].code},graduated,,`,
    ].join('\n');
    const r = await provider.post(`/api/sessions/${sessionId}/completions`, bad, { 'content-type': 'text/csv' });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('upload_invalid');
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row 3.personalCode',
      'row 4.score',
      'row 5.personalCode',
      'row 6.status',
    ]);
    expect(r.body.errors[2].message).toMatch(/Duplicate of row 2/);
    const untouched = await sql<{ status: string }>(t.databaseUrl, `SELECT DISTINCT status FROM enrolment WHERE session_id = $1`, [
      sessionId,
    ]);
    expect(untouched).toEqual([{ status: 'enrolled' }]);

    const ok = await provider.post(
      `/api/sessions/${sessionId}/completions`,
      `personalCode;status;score\n${group[0].code};completed;91\n${group[1].code};failed;40\n`,
      {
        'content-type': 'text/csv',
      },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ applied: true, rows: 2, updated: 2, errors: [] });

    const ExcelJS = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Completions');
    ws.addRow(['personalCode', 'status', 'score']);
    ws.addRow([group[2].code, 'completed', 77]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await provider.post(`/api/sessions/${sessionId}/completions`, new Uint8Array(xlsx), {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(x.status).toBe(200);
    const final = await sql<{ personal_code: string; status: string; score: string }>(
      t.databaseUrl,
      `SELECT p.personal_code, e.status, e.score::int::text AS score FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.session_id = $1 ORDER BY 1`,
      [sessionId],
    );
    expect(final).toEqual([
      { personal_code: group[0].code, status: 'completed', score: '91' },
      { personal_code: group[1].code, status: 'failed', score: '40' },
      { personal_code: group[2].code, status: 'completed', score: '77' },
    ]);
  });

  it('a provider cannot see or change another provider’s enrolments', async () => {
    const { sessionId } = await approvedCourseWithSession(t, 'IT-PRIVATE', [{ competencyCode: 'PM2', fromLevel: 0, toLevel: 1 }], 5);
    const [p] = await people(t, 1, 'PRV');
    const e = (await hr.post('/api/enrolments', { sessionId, personId: p.id })).body;
    const admin = await t.signIn('admin');
    const acc = await admin.post('/api/accounts', {
      username: 'other.provider',
      password: 'another long provider passphrase',
      roles: [{ role: 'training_provider', scopeProviderId: DEMO_SECOND_PROVIDER_ID }],
    });
    expect(acc.status).toBe(201);
    const other = await t.signIn('other.provider', 'another long provider passphrase');
    expect((await other.get(`/api/sessions/${sessionId}/enrolments`)).status).toBe(404);
    expect((await other.post(`/api/enrolments/${e.id}/outcome`, { status: 'completed' })).status).toBe(404);
    expect(
      (
        await other.post(`/api/sessions/${sessionId}/completions`, `personalCode,status\n${p.code},completed`, {
          'content-type': 'text/csv',
        })
      ).status,
    ).toBe(404);
    const stmt = {
      actor: { account: { name: p.code } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: `https://lms.example/sessions/${sessionId}` },
    };
    expect((await other.post('/api/xapi/statements', stmt)).status).toBe(422);
    expect((await provider.get(`/api/sessions/${sessionId}/enrolments`)).body).toHaveLength(1);
    // Its own: the xAPI statement completes the enrolment; sending it again changes nothing.
    const id = randomUUID();
    const sent = await provider.post('/api/xapi/statements', [{ ...stmt, id, result: { score: { scaled: 0.9 } } }]);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual([id]);
    expect((await provider.post('/api/xapi/statements', [{ ...stmt, id }])).status).toBe(200);
    const [row] = await sql<{ status: string; score: string }>(
      t.databaseUrl,
      `SELECT status, score::int::text AS score FROM enrolment WHERE id = $1`,
      [e.id],
    );
    expect(row).toEqual({ status: 'completed', score: '90' });
    expect(
      (await provider.post('/api/xapi/statements', { ...stmt, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' } })).status,
    ).toBe(422);
    // Effectiveness: a provider sees its own courses only.
    const mine = (await provider.get('/api/effectiveness')).body;
    expect(mine.courses.every((c: { providerId: string }) => c.providerId !== DEMO_SECOND_PROVIDER_ID)).toBe(true);
    expect((await provider.get(`/api/effectiveness?providerId=${DEMO_SECOND_PROVIDER_ID}`)).status).toBe(404);
  });

  it('proposes a plan from the servant’s gaps; an item stays open after completion and closes after a passing post-training measurement', async () => {
    const plan = (await servant.get('/api/plans/me')).body;
    expect(plan.items.length).toBeGreaterThan(0);
    // The servant has never been measured: every required competency is a gap and is covered.
    expect(plan.uncovered).toEqual([]);
    const profile = (await servant.get('/api/me/profile')).body;
    for (const e of profile.entries.filter((x: { gap: number }) => x.gap > 0)) {
      const reach = Math.max(
        0,
        ...plan.items
          .filter((i: { competencyCode: string }) => i.competencyCode === e.competencyCode)
          .map((i: { targetLevel: number }) => i.targetLevel),
      );
      expect({ c: e.competencyCode, ok: reach >= e.required }).toEqual({ c: e.competencyCode, ok: true });
    }
    // Far fewer courses than competencies (a course may cover several).
    expect(new Set(plan.items.map((i: { courseId: string }) => i.courseId)).size).toBeLessThan(profile.entries.length);

    const { courseId, sessionId } = await approvedCourseWithSession(
      t,
      'IT-CLOSE',
      [{ competencyCode: 'IS3', fromLevel: 0, toLevel: 2 }],
      10,
    );
    const item = await servant.post(`/api/plans/${plan.id}/items`, {
      competencyCode: 'IS3',
      targetLevel: 1,
      courseId,
      sessionId,
      dueDate: inDays(3),
    });
    expect(item.status).toBe(201);
    const enrolment = await servant.post('/api/enrolments', { sessionId, planItemId: item.body.id });
    expect(enrolment.body.status).toBe('enrolled');
    expect((await provider.post(`/api/enrolments/${enrolment.body.id}/outcome`, { status: 'completed', score: 85 })).status).toBe(200);

    let mine = (await servant.get('/api/plans/me')).body.items.find((i: { id: string }) => i.id === item.body.id);
    expect(mine).toMatchObject({ status: 'accepted', enrolmentStatus: 'completed', closedAt: null });

    // The reminder job writes an in-app reminder for the item due in 3 days (once).
    const job = t.app.get(PlanRemindersJob);
    await job.runOnce();
    await job.runOnce();
    const notes = (await servant.get('/api/notifications/me')).body.filter((n: { kind: string }) => n.kind === 'plan_item_due');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n: { text: { en: string } }) => n.text.en.includes('IS3'))).toHaveLength(1);

    // A post-training test on IS3, answered correctly.
    await activeItems(
      t,
      [1, 2].flatMap((level) => [1, 2].map((n) => choiceItem('IS3', level, n))),
    );
    const templateId = await createTemplate(methodologist, ['IS3'], { purpose: 'post_training' });
    const attempt = (await servant.post('/api/attempts', { templateId })).body;
    let seq = 1;
    for (const it of attempt.items as DeliveredItem[])
      await servant.put(`/api/attempts/${attempt.id}/responses/${it.itemId}`, {
        answer: { type: 'single_choice', choice: 'b' },
        seq: seq++,
      });
    expect((await servant.post(`/api/attempts/${attempt.id}/submit`)).status).toBe(200);

    mine = (await servant.get('/api/plans/me')).body.items.find((i: { id: string }) => i.id === item.body.id);
    expect(mine.status).toBe('closed');
    expect(mine.closedLevel).toBeGreaterThanOrEqual(1);
    // Closed items cannot be changed.
    expect((await servant.patch(`/api/plan-items/${item.body.id}`, { status: 'cancelled' })).status).toBe(409);
  });

  it('HR changes a plan item of a person in scope; bad changes are refused', async () => {
    const [p] = await people(t, 1, 'HRP');
    const plan = (await hr.get(`/api/plans/person/${p.id}`)).body;
    expect(plan.personId).toBe(p.id);
    // The read is in the person's access trail.
    const [read] = await sql<{ n: number }>(
      t.databaseUrl,
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'training.plan_read' AND subject_person_id = $1`,
      [p.id],
    );
    expect(read.n).toBe(1);
    const first = plan.items[0];
    const accepted = await hr.patch(`/api/plan-items/${first.id}`, { status: 'accepted', dueDate: inDays(60) });
    expect(accepted.body).toMatchObject({ status: 'accepted', dueDate: inDays(60) });
    const other = (await t.client().get('/api/courses?competency=PM1')).body[0];
    const wrongSession = await hr.patch(`/api/plan-items/${first.id}`, { courseId: other.id, sessionId: randomUUID() });
    expect(wrongSession.status).toBe(400);
    expect(wrongSession.body.errors[0].field).toBe('body.sessionId');
    const badItem = await hr.post(`/api/plans/${plan.id}/items`, { competencyCode: 'NOPE1', targetLevel: 2 });
    expect(badItem.status).toBe(400);
    // The servant cannot touch someone else's plan.
    expect((await servant.patch(`/api/plan-items/${first.id}`, { status: 'cancelled' })).status).toBe(404);
    // Re-proposing keeps the accepted item.
    const again = (await hr.post(`/api/plans/person/${p.id}/propose`)).body;
    expect(again.items.find((i: { id: string }) => i.id === first.id)?.status).toBe('accepted');
  });

  it('reports effectiveness with intervals and group sizes, and says when a course has too few completers', async () => {
    const r = await methodologist.get('/api/effectiveness');
    expect(r.status).toBe(200);
    const byTitle = new Map(r.body.courses.map((c: { courseTitle: { en: string } }) => [c.courseTitle.en, c]));
    const pdl = byTitle.get('Personal data law and data-subject rights') as Record<string, number | boolean | null>;
    expect(pdl).toMatchObject({ treatedN: 8, enough: true });
    expect(pdl['comparisonN'] as number).toBeGreaterThanOrEqual(5);
    expect(pdl['did'] as number).toBeGreaterThan(0);
    expect(pdl['ciLow'] as number).toBeLessThanOrEqual(pdl['did'] as number);
    expect(pdl['ciHigh'] as number).toBeGreaterThanOrEqual(pdl['did'] as number);
    const few = byTitle.get('Interoperability and inter-agency data exchange') as Record<string, unknown>;
    expect(few).toMatchObject({ treatedN: 2, enough: false, did: null });
    expect(r.body.providers).toHaveLength(2);
    expect((await servant.get('/api/effectiveness')).status).toBe(403);
    // Same data, same interval.
    expect((await methodologist.get('/api/effectiveness')).body).toEqual(r.body);
  });

  it('keeps a searchable resource library and a provider directory', async () => {
    const all = (await t.client().get('/api/resources')).body;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect((await t.client().get('/api/resources?kind=legislation&competency=IS2')).body).toHaveLength(1);
    const created = await methodologist.post('/api/resources', {
      kind: 'analytics',
      title: { en: 'Quarterly compliance note' },
      languages: ['en'],
      competencies: ['DF1'],
      url: 'https://example.gov.az/note.pdf',
    });
    expect(created.status).toBe(201);
    expect((await t.client().get('/api/resources?q=quarterly')).body).toHaveLength(1);
    expect(
      (
        await methodologist.post('/api/resources', {
          kind: 'analytics',
          title: { en: 'x' },
          languages: ['en'],
          competencies: ['Q9'],
          url: 'https://e.az',
        })
      ).status,
    ).toBe(400);
    const providers = (await t.client().get('/api/providers')).body;
    expect(providers[0].specialisations.length).toBeGreaterThan(0);
  });
});

import { JobsService } from '@civics/api-platform';
import { EXPIRE_ATTEMPTS_QUEUE } from '@civics/api-assessment';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import { activeItems, choiceItem, createTemplate, type DeliveredItem, levelOf, servantWithAccount } from './support';

describe('exam delivery', () => {
  let t: TestApp;
  let templateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await activeItems(
      t,
      [1, 2, 3, 4].flatMap((level) => [1, 2].map((n) => choiceItem('IS1', level, n))),
    );
    templateId = await createTemplate(await t.signIn('methodologist'), ['IS1']);
  });
  afterAll(() => t.close());

  it('starting twice at once gives one attempt', async () => {
    const s = await t.signIn('servant');
    const starts = await Promise.all([1, 2, 3, 4, 5].map(() => s.post('/api/attempts', { templateId })));
    expect(starts.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(starts.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await sql<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM attempt WHERE template_id = $1`, [templateId]);
    expect(n).toBe(1);
  });

  it('stores starts that arrive together each with its own form and position, once per person', async () => {
    const form = await createTemplate(await t.signIn('methodologist'), ['IS1']);
    const admin = await t.signIn('admin');
    const positions = ['SPECIALIST', 'LEADING_ADVISER', 'HEAD_OF_DEPARTMENT', 'LEADING_ADVISER'];
    const together = [];
    for (const [i, positionCode] of positions.entries()) {
      together.push(
        await servantWithAccount(t, admin, {
          personalCode: `TOGETHER${i}`,
          firstName: 'Together',
          lastName: `Candidate ${i}`,
          positionCode,
          positionTitle: positionCode,
          username: `together${i}`,
          password: 'a long passphrase for starting together',
        }),
      );
    }
    const users = ['servant', ...positions.map((_, i) => `together${i}`)];
    const clients = [await t.signIn('servant'), ...together];
    const starts = await Promise.all(clients.flatMap((c) => [c, c].map((x) => x.post('/api/attempts', { templateId: form }))));
    expect(starts.map((r) => r.status)).toEqual(users.flatMap(() => [201, 201]));
    const ids = users.map((_, i) => starts[2 * i].body.id as string);
    users.forEach((_, i) => expect(starts[2 * i + 1].body.id).toBe(ids[i]));
    expect(new Set(ids).size).toBe(users.length);
    const stored = await sql<{ id: string; matches: boolean; sequence: string[] }>(
      t.databaseUrl,
      `SELECT a.id, a.position_code IS NOT DISTINCT FROM p.position_code AS matches,
              (SELECT array_agg(i.item_id::text ORDER BY i.position) FROM attempt_item i WHERE i.attempt_id = a.id) AS sequence
       FROM attempt a JOIN person p ON p.id = a.person_id WHERE a.template_id = $1`,
      [form],
    );
    expect(stored).toHaveLength(users.length);
    for (const [i, id] of ids.entries()) {
      const row = stored.find((r) => r.id === id);
      expect(row?.matches).toBe(true);
      expect(row?.sequence).toEqual((starts[2 * i].body.items as DeliveredItem[]).map((item) => item.itemId));
    }
  });

  it('sends the items without keys and keeps time on the server', async () => {
    const s = await t.signIn('servant');
    const r = await s.post('/api/attempts', { templateId });
    expect(r.body.items).toHaveLength(8);
    expect(r.text).not.toMatch(/"key"|"correct"|Because b/);
    const deadline = new Date(r.body.deadline).getTime() - new Date(r.body.startedAt).getTime();
    expect(deadline).toBe(10 * 60_000);
    expect(r.body.remainingSeconds).toBeGreaterThan(590);
    expect(r.body.remainingSeconds).toBeLessThanOrEqual(600);
  });

  it('saves idempotently: a repeated or stale seq changes nothing, a newer one wins', async () => {
    const s = await t.signIn('servant');
    const a = (await s.post('/api/attempts', { templateId })).body;
    const item = a.items[0] as DeliveredItem;
    const url = `/api/attempts/${a.id}/responses/${item.itemId}`;
    const first = await s.put(url, { answer: { type: 'single_choice', choice: 'a' }, seq: 1 });
    expect(first.body).toMatchObject({ storedSeq: 1, applied: true });
    const repeat = await s.put(url, { answer: { type: 'single_choice', choice: 'a' }, seq: 1 });
    expect(repeat.body).toMatchObject({ storedSeq: 1, applied: false });
    expect((await s.put(url, { answer: { type: 'single_choice', choice: 'c' }, seq: 3 })).body).toMatchObject({
      storedSeq: 3,
      applied: true,
    });
    const stale = await s.put(url, { answer: { type: 'single_choice', choice: 'd' }, seq: 2 });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ storedSeq: 3, applied: false });
    const [row] = await sql<{ answer: { choice: string }; seq: number }>(
      t.databaseUrl,
      `SELECT answer, seq FROM response WHERE attempt_id = $1 AND item_id = $2`,
      [a.id, item.itemId],
    );
    expect(row).toEqual({ answer: { type: 'single_choice', choice: 'c' }, seq: 3 });
  });

  it('refuses answers of the wrong shape, unknown items and other people’s attempts', async () => {
    const s = await t.signIn('servant');
    const a = (await s.post('/api/attempts', { templateId })).body;
    const item = a.items[0] as DeliveredItem;
    const wrongType = await s.put(`/api/attempts/${a.id}/responses/${item.itemId}`, {
      answer: { type: 'true_false', value: true },
      seq: 10,
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.code).toBe('answer_wrong_type');
    const unknownOption = await s.put(`/api/attempts/${a.id}/responses/${item.itemId}`, {
      answer: { type: 'single_choice', choice: 'zz' },
      seq: 11,
    });
    expect(unknownOption.status).toBe(400);
    const notInAttempt = await s.put(`/api/attempts/${a.id}/responses/00000000-0000-4000-8000-000000000000`, { answer: null, seq: 12 });
    expect(notInAttempt.status).toBe(404);
    const malformed = await s.put(`/api/attempts/${a.id}/responses/${item.itemId}`, { answer: { type: 'single_choice' }, seq: 'x' });
    expect(malformed.status).toBe(400);

    const other = await servantWithAccount(t, await t.signIn('admin'), {
      personalCode: 'OTHER01',
      firstName: 'Other',
      lastName: 'Person',
      positionCode: 'SPECIALIST',
      positionTitle: 'Mütəxəssis',
      username: 'other.servant',
      password: 'another long passphrase',
    });
    expect((await other.get(`/api/attempts/${a.id}`)).status).toBe(404);
    expect((await other.put(`/api/attempts/${a.id}/responses/${item.itemId}`, { answer: null, seq: 99 })).status).toBe(404);
    expect((await other.post(`/api/attempts/${a.id}/submit`)).status).toBe(404);
  });

  it('resumes on another device with the same items, answers and server time', async () => {
    const device1 = await t.signIn('servant');
    const a = (await device1.post('/api/attempts', { templateId })).body;
    const device2 = await t.signIn('servant');
    const resumed = await device2.get(`/api/attempts/${a.id}`);
    expect(resumed.body.items.map((i: DeliveredItem) => i.itemId)).toEqual(a.items.map((i: DeliveredItem) => i.itemId));
    expect(resumed.body.items.map((i: DeliveredItem) => i.interaction.options.map((o) => o.id).join())).toEqual(
      a.items.map((i: DeliveredItem) => i.interaction.options.map((o) => o.id).join()),
    );
    expect(resumed.body.responses.length).toBeGreaterThan(0);
    expect(resumed.body.deadline).toBe(a.deadline);
    expect(resumed.body.remainingSeconds).toBeLessThanOrEqual(a.remainingSeconds);
  });

  it('scores to levels by the mastery rule (hand-computed) and updates the profile and CI', async () => {
    const s = await t.signIn('servant');
    const a = (await s.post('/api/attempts', { templateId })).body;
    // Level 1: 2/2, level 2: 1/2 (50 % < 70 %), levels 3 and 4: 2/2 → achieved level 1 (lower levels required).
    const wrongAtLevel2 = new Set<string>();
    for (const item of a.items as DeliveredItem[]) {
      const level = levelOf(item);
      let choice = 'b';
      if (level === 2 && wrongAtLevel2.size === 0) {
        choice = 'a';
        wrongAtLevel2.add(item.itemId);
      }
      const r = await s.put(`/api/attempts/${a.id}/responses/${item.itemId}`, { answer: { type: 'single_choice', choice }, seq: 100 });
      expect(r.body.applied).toBe(true);
    }
    const result = await s.post(`/api/attempts/${a.id}/submit`);
    expect(result.status).toBe(200);
    const is1 = result.body.competencies.find((c: { competencyCode: string }) => c.competencyCode === 'IS1');
    expect(is1).toMatchObject({ achievedLevel: 1, earned: 7, possible: 8, requiredLevel: 2, gap: 1 });
    expect(result.body.review).toHaveLength(8);
    expect(result.body.review.find((r: { itemId: string }) => wrongAtLevel2.has(r.itemId)).credit).toBe(0);

    const again = await s.post(`/api/attempts/${a.id}/submit`);
    expect(again.body.competencies).toEqual(result.body.competencies);
    expect((await s.put(`/api/attempts/${a.id}/responses/${a.items[0].itemId}`, { answer: null, seq: 1000 })).body.code).toBe(
      'attempt_closed',
    );

    const profile = await s.get('/api/me/profile');
    expect(profile.status).toBe(200);
    expect(profile.body.positionCode).toBe('SPECIALIST');
    const entry = profile.body.entries.find((e: { competencyCode: string }) => e.competencyCode === 'IS1');
    expect(entry).toMatchObject({ achieved: 1, required: 2, gap: 1, sourceAttemptId: a.id });
    // CI recomputed here from the entries: Σ w·min(a, r)/r over r > 0, divided by Σ w.
    const rows = profile.body.entries.filter((e: { required: number }) => e.required > 0);
    const ci =
      rows.reduce(
        (n: number, e: { weight: number; achieved: number; required: number }) =>
          n + (e.weight * Math.min(e.achieved, e.required)) / e.required,
        0,
      ) / rows.reduce((n: number, e: { weight: number }) => n + e.weight, 0);
    expect(profile.body.complianceIndex).toBeCloseTo(ci, 10);
    expect(profile.body.complianceIndex).toBeGreaterThan(0);
    expect(profile.body.fullyCompliant).toBe(false);
    const history = await sql(t.databaseUrl, `SELECT level FROM competency_measurement WHERE attempt_id = $1`, [a.id]);
    expect(history).toEqual([{ level: 1 }]);
  });

  it('refuses answers after the deadline plus grace, and the expiry job scores the attempt', async () => {
    const m = await t.signIn('methodologist');
    const shortTemplate = await createTemplate(m, ['IS1'], { timeLimitMinutes: 1 });
    const s = await t.signIn('servant');
    const a = (await s.post('/api/attempts', { templateId: shortTemplate })).body;
    await s.put(`/api/attempts/${a.id}/responses/${a.items[0].itemId}`, { answer: { type: 'single_choice', choice: 'b' }, seq: 1 });
    await sql(
      t.databaseUrl,
      `UPDATE attempt SET deadline = now() - interval '31 seconds', started_at = now() - interval '91 seconds' WHERE id = $1`,
      [a.id],
    );
    const late = await s.put(`/api/attempts/${a.id}/responses/${a.items[1].itemId}`, {
      answer: { type: 'single_choice', choice: 'b' },
      seq: 2,
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('deadline_passed');

    await t.app.get(JobsService).send(EXPIRE_ATTEMPTS_QUEUE, {});
    let status = '';
    for (let i = 0; i < 40 && status !== 'scored'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      [{ status }] = await sql<{ status: string }>(t.databaseUrl, `SELECT status FROM attempt WHERE id = $1`, [a.id]);
    }
    expect(status).toBe('scored');
    const result = await s.get(`/api/attempts/${a.id}/result`);
    expect(result.status).toBe(200);
    expect(result.body.competencies[0].possible).toBe(8);
  });

  it('keeps attempt limits', async () => {
    const m = await t.signIn('methodologist');
    const once = await createTemplate(m, ['IS1'], { maxAttempts: 1 });
    const s = await t.signIn('servant');
    const a = (await s.post('/api/attempts', { templateId: once })).body;
    await s.post(`/api/attempts/${a.id}/submit`);
    const again = await s.post('/api/attempts', { templateId: once });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('attempts_exhausted');
  });
});

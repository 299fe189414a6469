import { estimateEap } from '@civics/psychometrics';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import { activeItems, choiceItem, createTemplate } from './support';

interface NextItem {
  done: boolean;
  item: { itemId: string; competencyCode: string; interaction: { options: { id: string }[] } } | null;
  answered: number;
  competencies: { competencyCode: string; itemsUsed: number; finished: boolean }[];
}

describe('adaptive diagnostics through the API', () => {
  let t: TestApp;
  let templateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await activeItems(
      t,
      ['IS1', 'IS2'].flatMap((code) => [1, 2, 3, 4].flatMap((level) => [1, 2, 3].map((n) => choiceItem(code, level, n)))),
    );
    templateId = await createTemplate(await t.signIn('methodologist'), ['IS1', 'IS2'], {
      mode: 'adaptive',
      adaptive: { itemCap: 5, minItems: 2, seTarget: 0.3 },
    });
  });
  afterAll(() => t.close());

  it('gives new items starting IRT parameters from their target level', async () => {
    const rows = await sql<{ level: number; b: number; n: number }>(
      t.databaseUrl,
      `SELECT level, (irt->>'b')::float8 AS b, (irt->>'sampleSize')::int AS n FROM item WHERE status = 'active' AND competency_code = 'IS1' ORDER BY level`,
    );
    expect(rows.map((r) => r.b)).toEqual([-1.5, -1.5, -1.5, -0.5, -0.5, -0.5, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5]);
    expect(rows.every((r) => r.n === 0)).toBe(true);
  });

  it('runs an attempt from start to result, resumed in the middle, with the stored decision trail', async () => {
    let s = await t.signIn('servant');
    const started = await s.post('/api/attempts', { templateId });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ mode: 'adaptive', navigation: 'linear', items: [] });
    const id = started.body.id as string;

    // Asking again before answering gives the same item; concurrent calls add one step only.
    const first = await Promise.all([1, 2, 3].map(() => s.get(`/api/attempts/${id}/next`)));
    expect(new Set(first.map((r) => (r.body as NextItem).item?.itemId)).size).toBe(1);
    expect(first[0]?.text).not.toMatch(/"key"|"correct"/);
    let next = first[0]?.body as NextItem;
    const asked: string[] = [];
    let previous: string | null = null;
    for (let step = 0; step < 40 && !next.done; step++) {
      const itemId = next.item?.itemId as string;
      asked.push(itemId);
      // Every correct answer is option b (support.choiceItem); answer IS1 right and IS2 wrong.
      const choice = next.item?.competencyCode === 'IS1' ? 'b' : 'a';
      const saved = await s.put(`/api/attempts/${id}/responses/${itemId}`, { answer: { type: 'single_choice', choice }, seq: 1 });
      expect(saved.status).toBe(200);
      if (previous) {
        const locked = await s.put(`/api/attempts/${id}/responses/${previous}`, { answer: { type: 'single_choice', choice: 'c' }, seq: 9 });
        expect(locked.status).toBe(409);
        expect(locked.body.code).toBe('item_locked');
      }
      if (step === 3) {
        // Resume in a new session: the attempt shows what was delivered and continues the same sequence.
        s = await t.signIn('servant');
        const resumed = await s.get(`/api/attempts/${id}`);
        expect(resumed.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(asked);
      }
      previous = itemId;
      next = (await s.get(`/api/attempts/${id}/next`)).body as NextItem;
    }
    expect(next.done).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
    // Each competency stopped by its rules: at most 5 items, at least 2.
    for (const c of next.competencies) {
      expect(c.finished).toBe(true);
      expect(c.itemsUsed).toBeGreaterThanOrEqual(2);
      expect(c.itemsUsed).toBeLessThanOrEqual(5);
    }

    const result = await s.post(`/api/attempts/${id}/submit`, {});
    expect(result.status).toBe(200);
    const is1 = result.body.competencies.find((c: { competencyCode: string }) => c.competencyCode === 'IS1');
    const is2 = result.body.competencies.find((c: { competencyCode: string }) => c.competencyCode === 'IS2');
    expect(is1.theta).toBeGreaterThan(0.5);
    expect(is2.theta).toBeLessThan(-0.5);
    expect(is1.achievedLevel).toBeGreaterThan(is2.achievedLevel);
    for (const c of [is1, is2]) {
      expect(c.se).toBeGreaterThan(0);
      expect(c.levelLow).toBeLessThanOrEqual(c.achievedLevel);
      expect(c.levelHigh).toBeGreaterThanOrEqual(c.achievedLevel);
    }

    // The trail explains and reproduces the result: replaying the stored answers gives the stored θ̂ and SE.
    const trail = result.body.trail as { itemId: string; competencyCode: string; credit: number; thetaAfter: number; seAfter: number }[];
    expect(trail.map((s) => s.itemId)).toEqual(asked);
    const params = new Map(
      (
        await sql<{ id: string; a: number; b: number }>(
          t.databaseUrl,
          `SELECT id, (irt->>'a')::float8 AS a, (irt->>'b')::float8 AS b FROM item WHERE id = ANY($1)`,
          [asked],
        )
      ).map((r) => [r.id, { a: r.a, b: r.b }]),
    );
    for (const code of ['IS1', 'IS2']) {
      const steps = trail.filter((s) => s.competencyCode === code);
      const replayed = estimateEap(steps.map((s) => ({ item: params.get(s.itemId) as { a: number; b: number }, correct: s.credit === 1 })));
      const last = steps.at(-1) as (typeof steps)[number];
      expect(last.thetaAfter).toBeCloseTo(replayed.theta, 6);
      expect(last.seAfter).toBeCloseTo(replayed.se, 6);
      const stored = result.body.competencies.find((c: { competencyCode: string }) => c.competencyCode === code);
      expect(stored.theta).toBeCloseTo(replayed.theta, 6);
    }
    const [{ n }] = await sql<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM competency_measurement WHERE attempt_id = $1`, [
      id,
    ]);
    expect(n).toBe(2);
    // After submission there is no next item.
    expect(((await s.get(`/api/attempts/${id}/next`)).body as NextItem).done).toBe(true);
  });

  it('refuses what does not fit: a fixed attempt, another person’s attempt, an adaptive attestation', async () => {
    const m = await t.signIn('methodologist');
    const fixed = await createTemplate(m, ['IS1']);
    const s = await t.signIn('servant');
    const attempt = (await s.post('/api/attempts', { templateId: fixed })).body;
    const r = await s.get(`/api/attempts/${attempt.id}/next`);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('attempt_not_adaptive');

    const adaptive = (await s.post('/api/attempts', { templateId })).body;
    const hr = await t.signIn('hr');
    expect((await hr.get(`/api/attempts/${adaptive.id}/next`)).status).toBe(403);
    expect((await s.get(`/api/attempts/00000000-0000-4000-8000-000000000000/next`)).status).toBe(404);

    const bad = await m.post('/api/assessment-templates', {
      title: { az: 'x', ru: 'x', en: 'x' },
      purpose: 'attestation',
      mode: 'adaptive',
      blueprint: { source: 'chosen', competencies: ['IS1'], levels: 'all', itemsPerCell: 1 },
      timeLimitMinutes: 10,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('body.mode');
  });
});

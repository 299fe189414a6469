import { randomUUID } from 'node:crypto';
import { mulberry32, probabilityCorrect, simulateThetas } from '@civics/psychometrics';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import { activeItems, choiceItem, createTemplate } from './support';

/** True parameters of the EG1 items the synthetic candidates answer; the last one is miskeyed (negative discrimination). */
const TRUE = [
  { a: 0.8, b: -1.2 },
  { a: 1.2, b: -0.6 },
  { a: 1.0, b: 0 },
  { a: 1.5, b: 0.4 },
  { a: 1.1, b: 0.9 },
  { a: 0.9, b: 1.4 },
];

interface Sitting {
  items: string[];
  correct: (j: number, theta: number) => boolean;
}

/** Stores `n` scored attempts of the template whose answers follow `sitting` (bulk SQL: the API is not what is measured here). */
async function scoredAttempts(t: TestApp, templateId: string, n: number, seed: number, sitting: Sitting): Promise<void> {
  const [{ person, version }] = await sql<{ person: string; version: string }>(
    t.databaseUrl,
    `SELECT (SELECT person_id FROM account WHERE username = 'servant') AS person, methodology_version_id AS version FROM assessment_template WHERE id = $1`,
    [templateId],
  );
  const rng = mulberry32(seed);
  const thetas = simulateThetas(n, rng);
  const attempts = thetas.map(() => randomUUID());
  const rows = attempts.flatMap((attemptId, i) =>
    sitting.items.map((itemId, j) => ({
      attempt_id: attemptId,
      item_id: itemId,
      position: j,
      // Wrong answers pick a or c, never d: d is a distractor nobody picks.
      choice: sitting.correct(j, thetas[i] as number) ? 'b' : rng() < 0.5 ? 'a' : 'c',
    })),
  );
  await sql(
    t.databaseUrl,
    `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline, submitted_at, scored_at)
     SELECT id, $2, $3, $4, NULL, 1, 'scored', now() - interval '1 hour', now(), now(), now() FROM unnest($1::uuid[]) AS id`,
    [attempts, person, templateId, version],
  );
  await sql(
    t.databaseUrl,
    `INSERT INTO attempt_item (attempt_id, position, item_id) SELECT attempt_id, position, item_id FROM jsonb_to_recordset($1::jsonb) AS x(attempt_id uuid, position int, item_id uuid)`,
    [JSON.stringify(rows)],
  );
  await sql(
    t.databaseUrl,
    `INSERT INTO response (attempt_id, item_id, answer, seq, flagged, saved_at)
     SELECT attempt_id, item_id, jsonb_build_object('type', 'single_choice', 'choice', choice), 1, false, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(attempt_id uuid, item_id uuid, choice text)`,
    [JSON.stringify(rows)],
  );
}

describe('item quality and calibration', () => {
  let t: TestApp;
  let eg1: string[];
  let eg2: string[];
  let eg3: string[];

  beforeAll(async () => {
    t = await startTestApp({ CALIBRATION_MIN_SAMPLE: '100' });
    eg1 = await activeItems(
      t,
      [1, 1, 2, 3, 3, 4, 2].map((level, n) => choiceItem('EG1', level, n)),
    );
    eg2 = await activeItems(
      t,
      [1, 2].map((level, n) => choiceItem('EG2', level, n)),
    );
    eg3 = await activeItems(
      t,
      [1, 2].map((level, n) => choiceItem('EG3', level, n)),
    );
    const templateId = await createTemplate(await t.signIn('methodologist'), ['EG1', 'EG2', 'EG3']);
    const miskeyed = { a: 1.2, b: 0 };
    const draw = mulberry32(99);
    await scoredAttempts(t, templateId, 1500, 11, {
      items: eg1,
      correct: (j, theta) => {
        const item = TRUE[j];
        return item ? draw() < probabilityCorrect(theta, item) : draw() > probabilityCorrect(theta, miskeyed);
      },
    });
    // EG2: the first item is answered right by everyone (a constant column); EG3: only 20 responses.
    await scoredAttempts(t, templateId, 200, 12, { items: eg2, correct: (j, theta) => j === 0 || theta > 0 });
    await scoredAttempts(t, templateId, 20, 13, { items: eg3, correct: (_j, theta) => theta > 0 });
  }, 120_000);
  afterAll(() => t.close());

  it('reports p, point-biserial, exposure, distractors and flags per item, and KR-20 per form', async () => {
    const m = await t.signIn('methodologist');
    const r = await m.get('/api/items/statistics?competencyCode=EG1');
    expect(r.status).toBe(200);
    expect(r.body.scoredAttempts).toBe(1720);
    const rows = new Map(r.body.items.map((i: { itemId: string }) => [i.itemId, i]));
    const easy = rows.get(eg1[0]) as {
      p: number;
      pointBiserial: number;
      exposure: number;
      responses: number;
      distractors: { optionId: string; count: number }[];
      flags: string[];
    };
    const hard = rows.get(eg1[5]) as typeof easy;
    const bad = rows.get(eg1[6]) as typeof easy;
    expect(easy.responses).toBe(1500);
    expect(easy.exposure).toBe(1);
    expect(easy.p).toBeGreaterThan(hard.p);
    expect(easy.pointBiserial).toBeGreaterThan(0.2);
    expect(bad.pointBiserial).toBeLessThan(0);
    expect(bad.flags).toContain('negative-discrimination');
    expect(easy.distractors.find((d) => d.optionId === 'd')?.count).toBe(0);
    expect(easy.flags).toContain('weak-distractor');
    const form = r.body.forms[0];
    expect(form.attempts).toBe(1500);
    expect(form.items).toBe(7);
    expect(form.kr20).toBeGreaterThan(0);
    expect(form.sem).toBeGreaterThan(0);
    const flagged = await m.get('/api/items/statistics?flaggedOnly=true&competencyCode=EG1');
    expect(flagged.body.items.every((i: { flags: string[] }) => i.flags.length > 0)).toBe(true);
    expect((await m.get('/api/items/statistics?flaggedOnly=maybe')).status).toBe(400);
  });

  it('sends a flagged item back to review as a new draft with the reason', async () => {
    const m = await t.signIn('methodologist');
    const r = await m.post(`/api/items/${eg1[6]}/return-to-review`, { reason: 'Negative discrimination: check the key' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', version: 2, reviewNote: 'Negative discrimination: check the key' });
    const [old] = await sql<{ status: string }>(t.databaseUrl, `SELECT status FROM item WHERE id = $1`, [eg1[6]]);
    expect(old?.status).toBe('retired');
    expect((await m.post(`/api/items/${eg1[6]}/return-to-review`, { reason: 'again' })).status).toBe(409);
    expect((await m.post(`/api/items/${eg1[0]}/return-to-review`, { reason: '' })).status).toBe(400);
  });

  it('shows readiness, refuses calibration with too few or constant responses naming the items', async () => {
    const m = await t.signIn('methodologist');
    const ready = await m.get('/api/calibration/competencies');
    expect(ready.body.minSample).toBe(100);
    const byCode = new Map(ready.body.competencies.map((c: { competencyCode: string }) => [c.competencyCode, c]));
    expect(byCode.get('EG1')).toMatchObject({ activeItems: 6, respondents: 1500, fewestItemResponses: 1500, ready: true });
    expect(byCode.get('EG3')).toMatchObject({ activeItems: 2, respondents: 20, ready: false });

    const few = await m.post('/api/calibration/runs', { competencyCode: 'EG3' });
    expect(few.status).toBe(422);
    expect(few.body.errors.map((e: { code: string }) => e.code)).toEqual(['too_few_responses', 'too_few_responses']);
    const constant = await m.post('/api/calibration/runs', { competencyCode: 'EG2' });
    expect(constant.status).toBe(422);
    expect(constant.body.errors).toHaveLength(1);
    expect(constant.body.errors[0]).toMatchObject({ code: 'constant_responses', field: 'items.T-EG2-1-0' });
    const [{ n }] = await sql<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM calibration_run`);
    expect(n).toBe(0);
    expect((await m.post('/api/calibration/runs', { competencyCode: 'nope!' })).status).toBe(400);
    expect((await (await t.signIn('servant')).get('/api/calibration/competencies')).status).toBe(403);
  });

  it('proposes 2PL parameters close to the truth; accepting creates new item versions', async () => {
    const m = await t.signIn('methodologist');
    const run = await m.post('/api/calibration/runs', { competencyCode: 'EG1' });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ status: 'proposed', persons: 1500, converged: true });
    const proposal = run.body.items as { itemId: string; a: number; b: number; rmsd: number; current: { b: number } }[];
    expect(proposal.map((p) => p.itemId)).toEqual(
      eg1.slice(0, 6).sort((x, y) => proposal.findIndex((p) => p.itemId === x) - proposal.findIndex((p) => p.itemId === y)),
    );
    const err = (f: (p: (typeof proposal)[number], j: number) => number) =>
      Math.sqrt(proposal.reduce((s, p, j) => s + f(p, j) ** 2, 0) / proposal.length);
    const truth = (p: (typeof proposal)[number]) => TRUE[eg1.indexOf(p.itemId)] as { a: number; b: number };
    expect(err((p) => p.b - truth(p).b)).toBeLessThan(0.25);
    expect(err((p) => p.a - truth(p).a)).toBeLessThan(0.3);
    expect(proposal.every((p) => p.rmsd < 0.05)).toBe(true);
    // Proposals change nothing until accepted.
    const [{ irt }] = await sql<{ irt: { sampleSize: number } }>(t.databaseUrl, `SELECT irt FROM item WHERE id = $1`, [eg1[0]]);
    expect(irt.sampleSize).toBe(0);

    const accepted = await m.post(`/api/calibration/runs/${run.body.id}/accept`, { comment: 'Good fit' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const newIds = accepted.body.items.map((i: { newItemId: string }) => i.newItemId);
    const versions = await sql<{ id: string; status: string; version: number; a: number; n: number }>(
      t.databaseUrl,
      `SELECT id, status, version, (irt->>'a')::float8 AS a, (irt->>'sampleSize')::int AS n FROM item WHERE id = ANY($1) OR id = ANY($2)`,
      [newIds, eg1.slice(0, 6)],
    );
    for (const v of versions) {
      if (newIds.includes(v.id)) expect(v).toMatchObject({ status: 'active', version: 2, n: 1500 });
      else expect(v.status).toBe('retired');
    }
    expect((await m.post(`/api/calibration/runs/${run.body.id}/reject`, {})).status).toBe(409);
    expect((await m.get('/api/calibration/runs')).body[0].id).toBe(run.body.id);

    // Responses to the old versions count for the new ones (same content): the competency stays ready.
    const again = await m.get('/api/calibration/competencies');
    expect(again.body.competencies.find((c: { competencyCode: string }) => c.competencyCode === 'EG1')).toMatchObject({
      ready: true,
      respondents: 1500,
    });
  });
});

import { ApiProcess, ensureApiBuilt, freePort } from '../support/api-process';
import { HttpClient } from '../support/http-client';
import { createTestDatabase, sql } from '../support/test-database';
import { DEMO_PASSWORD } from '../support/test-app';
import { activeItems, choiceItem, createTemplate } from './support';

/**
 * The API is killed with SIGKILL while a client saves answers in a loop, then restarted. Every
 * answer the server acknowledged must be in the database afterwards (DESIGN.md §9).
 */
describe('killing the API loses no acknowledged answer', () => {
  let db: { url: string; drop(): Promise<void> };
  let api: ApiProcess;

  beforeAll(async () => {
    ensureApiBuilt();
    db = await createTestDatabase();
    api = new ApiProcess(await freePort(), {
      DATABASE_URL: db.url,
      JWT_SECRET: 'crash-test-secret-long-enough-for-config',
      JOBS_ENABLED: 'false',
      LOGIN_FAILURE_DELAY_MS: '0',
    });
    await api.start();
  }, 240_000);

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('every acknowledged save survives two crashes', async () => {
    const signIn = async (u: string, p = DEMO_PASSWORD) => {
      const c = new HttpClient(api.baseUrl);
      await c.signIn(u, p);
      return c;
    };
    const t = { signIn, client: () => new HttpClient(api.baseUrl), databaseUrl: db.url };
    await activeItems(
      t,
      [1, 2].flatMap((level) => [1, 2].map((n) => choiceItem('IS2', level, n))),
    );
    const templateId = await createTemplate(await signIn('methodologist'), ['IS2'], { timeLimitMinutes: 30 });
    const servant = await signIn('servant');
    const attempt = (await servant.post('/api/attempts', { templateId })).body as { id: string; items: { itemId: string }[] };

    const acked = new Map<string, { seq: number; choice: string }>();
    let seq = 0;
    let failures = 0;
    let running = true;
    const choices = ['a', 'b', 'c', 'd'];
    const loop = (async () => {
      while (running) {
        const item = attempt.items[seq % attempt.items.length];
        seq++;
        const choice = choices[seq % 4];
        try {
          const r = await servant.put(`/api/attempts/${attempt.id}/responses/${item.itemId}`, {
            answer: { type: 'single_choice', choice },
            seq,
          });
          if (r.status === 200 && r.body.applied) acked.set(item.itemId, { seq, choice });
          else if (r.status !== 200) failures++;
        } catch {
          failures++;
          await new Promise((res) => setTimeout(res, 50));
        }
      }
    })();

    for (let crash = 0; crash < 2; crash++) {
      await new Promise((r) => setTimeout(r, 1500));
      await api.kill();
      await new Promise((r) => setTimeout(r, 300));
      await api.start();
    }
    await new Promise((r) => setTimeout(r, 1000));
    running = false;
    await loop;

    const rows = await sql<{ item_id: string; seq: number; answer: { choice: string } }>(
      db.url,
      `SELECT item_id, seq, answer FROM response WHERE attempt_id = $1`,
      [attempt.id],
    );
    const stored = new Map(rows.map((r) => [r.item_id, r]));
    let checked = 0;
    for (const [itemId, ack] of acked) {
      const row = stored.get(itemId);
      expect(row).toBeDefined();
      // The stored answer is the acknowledged one or a newer one, never an older one.
      expect(row?.seq).toBeGreaterThanOrEqual(ack.seq);
      if (row?.seq === ack.seq) expect(row.answer.choice).toBe(ack.choice);
      checked++;
    }
    console.log(
      `crash test: ${seq} saves sent, ${acked.size} items with acknowledged answers checked, ${failures} failed during the crashes`,
    );
    expect(checked).toBe(attempt.items.length);
    expect(seq).toBeGreaterThan(20);
  }, 240_000);
});

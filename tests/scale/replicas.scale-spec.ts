import { ApiProcess, ensureApiBuilt, freePort } from '../integration/support/api-process';
import { HttpClient } from '../integration/support/http-client';
import { createTestDatabase, sql } from '../integration/support/test-database';
import { DEMO_PASSWORD } from '../integration/support/test-app';
import { activeItems, choiceItem, createTemplate } from '../integration/assessment/support';
import { NginxProxy, nginxBinary } from './support/nginx';
import { comparable, sitExam, switches } from './support/exam';

const COMPETENCIES = ['IS1', 'IS2'];

/**
 * Two API processes on one database behind nginx (round robin): nothing a request needs lives in
 * one replica's memory. Both start at once without JWT_SECRET (the signing secret is shared through
 * the database) and both apply migrations (the migration lock lets one do it).
 */
describe('two API replicas behind a round-robin proxy', () => {
  let db: { url: string; drop(): Promise<void> };
  let a: ApiProcess;
  let b: ApiProcess;
  let worker: ApiProcess;
  let proxy: NginxProxy;
  const signIn = async (base: string, login: string, password = DEMO_PASSWORD) => {
    const c = new HttpClient(base);
    await c.signIn(login, password);
    return c;
  };

  beforeAll(async () => {
    if (!nginxBinary()) throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run does it)');
    ensureApiBuilt();
    db = await createTestDatabase();
    const common = { DATABASE_URL: db.url, LOGIN_FAILURE_DELAY_MS: '0', MIGRATIONS_RUN: 'true', DB_POOL_SIZE: '5' };
    // No JWT_SECRET on purpose. Replica a loads the demo data; neither runs jobs (the worker does).
    a = new ApiProcess(await freePort(), { ...common, INSTANCE_NAME: 'api-a', JOBS_ENABLED: 'false' });
    b = new ApiProcess(await freePort(), { ...common, INSTANCE_NAME: 'api-b', JOBS_ENABLED: 'false', SEED_DEMO: 'false' });
    await Promise.all([a.start(), b.start()]);
    worker = new ApiProcess(await freePort(), { DATABASE_URL: db.url, MIGRATIONS_RUN: 'false', INSTANCE_NAME: 'worker' }, ['worker']);
    await worker.start();
    proxy = new NginxProxy(await freePort(), [a.baseUrl.replace('http://', ''), b.baseUrl.replace('http://', '')]);
    await proxy.start();
  }, 240_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()]);
    await db?.drop();
  });

  it('a whole exam through the proxy alternates replicas and scores as one replica does', async () => {
    const t = {
      signIn: (u: string, p?: string) => signIn(proxy.baseUrl, u, p),
      client: () => new HttpClient(proxy.baseUrl),
      databaseUrl: db.url,
    };
    await activeItems(
      t,
      COMPETENCIES.flatMap((c) => [1, 2, 3, 4].flatMap((level) => [1, 2].map((n) => choiceItem(c, level, n)))),
    );
    const methodologist = await t.signIn('methodologist');
    const [throughProxy, onOne] = [await createTemplate(methodologist, COMPETENCIES), await createTemplate(methodologist, COMPETENCIES)];

    // Signed in through the proxy; the same token then serves every request on either replica.
    const candidate = await t.signIn('servant');
    const spread = await sitExam(candidate, throughProxy);
    const single = await sitExam(await signIn(a.baseUrl, 'servant'), onOne);

    console.log(`replicas: ${spread.servedBy.length} exam requests, served by ${spread.servedBy.join(' ')}`);
    expect(new Set(spread.servedBy)).toEqual(new Set(['api-a', 'api-b']));
    // Round robin: (nearly) every request lands on the other replica than the one before.
    expect(switches(spread.servedBy)).toBeGreaterThanOrEqual(spread.servedBy.length - 3);
    expect(new Set(single.servedBy)).toEqual(new Set(['api-a']));

    expect(spread.result.competencies).toHaveLength(COMPETENCIES.length);
    expect(comparable(spread.result)).toEqual(comparable(single.result));
    for (const c of spread.result.competencies) expect(c).toMatchObject({ achievedLevel: 1, earned: 7, possible: 8 });

    // Either replica reads the stored result of the other.
    for (const base of [a.baseUrl, b.baseUrl]) {
      const c = new HttpClient(base);
      c.token = candidate.token;
      const r = await c.get(`/api/attempts/${spread.attemptId}/result`);
      expect(r.status).toBe(200);
      expect(comparable(r.body)).toEqual(comparable(spread.result));
    }
  });

  it('the worker runs the jobs: health probes only on its port, schedules registered by it alone', async () => {
    expect((await fetch(`${worker.baseUrl}/api/health`)).status).toBe(200);
    expect(await (await fetch(`${worker.baseUrl}/api/health/live`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${worker.baseUrl}/api/courses`)).status).toBe(404);
    const schedules = await sql<{ name: string }>(db.url, `SELECT name FROM pgboss.schedule ORDER BY name`);
    expect(schedules.map((s) => s.name)).toEqual(expect.arrayContaining(['attempts.expire', 'training.plan-reminders']));
  });

  it('a refresh cookie rotates on the other replica, and a sign-out there ends the session on both at once', async () => {
    const onA = await signIn(a.baseUrl, 'hr');
    const onB = new HttpClient(b.baseUrl);
    for (const [k, v] of onA.cookies) onB.cookies.set(k, v);
    onB.token = onA.token;
    // Both replicas hold the caller in their short caches now.
    expect((await onA.get('/api/me')).status).toBe(200);
    expect((await onB.get('/api/me')).status).toBe(200);

    const refreshed = await onB.post('/api/auth/refresh');
    expect(refreshed.status).toBe(200);
    onA.token = refreshed.body.accessToken;
    onB.token = refreshed.body.accessToken;
    expect((await onA.get('/api/me')).status).toBe(200);

    expect((await onA.post('/api/auth/logout')).status).toBeLessThan(300);
    // Replica b was told through PostgreSQL: refused well inside its cache's 5 s lifetime.
    const since = Date.now();
    let status = 200;
    while (Date.now() - since < 1500 && status === 200) {
      status = (await onB.get('/api/me')).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`replicas: sign-out on a refused on b after ${Date.now() - since} ms`);
    expect(status).toBe(401);
  });
});

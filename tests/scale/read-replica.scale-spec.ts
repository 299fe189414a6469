import { ApiProcess, ensureApiBuilt, freePort } from '../integration/support/api-process';
import { HttpClient } from '../integration/support/http-client';
import { DEMO_PASSWORD } from '../integration/support/test-app';
import { activeItems, choiceItem, createTemplate } from '../integration/assessment/support';
import { findPostgres, ReplicatedCluster } from './support/pg-cluster';
import { sitExam } from './support/exam';

const pg = findPostgres();
const available = 'bin' in pg;
if (!available) console.log(`SKIPPED read-replica test: ${pg.skip}`);

const t3 = (en: string) => ({ az: `${en} (az)`, ru: `${en} (ru)`, en });
const LEGAL_BASIS = { documentType: 'order', number: '99/2026', date: '2026-11-20', issuer: t3('Civil Service Commission') };

/**
 * The API on a primary with a streaming standby as DATABASE_REPLICA_URLS. With replay paused on
 * the standby, new writes are on the primary only: the routed reads (public catalogue, provider
 * directory, resource library, current framework) must not show them yet, the write paths must,
 * and a whole exam must work — it never reads the replica.
 */
(available ? describe : describe.skip)('read replica', () => {
  let cluster: ReplicatedCluster;
  let api: ApiProcess;
  const signIn = async (login: string, password = DEMO_PASSWORD) => {
    const c = new HttpClient(api.baseUrl);
    await c.signIn(login, password);
    return c;
  };

  beforeAll(async () => {
    if (!('bin' in pg)) return;
    ensureApiBuilt();
    cluster = new ReplicatedCluster(pg, await freePort(), await freePort());
    await cluster.start();
    api = new ApiProcess(await freePort(), {
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_REPLICA_URLS: cluster.replicaUrl,
      JWT_SECRET: 'read-replica-test-secret-long-enough-for-config',
      LOGIN_FAILURE_DELAY_MS: '0',
      JOBS_ENABLED: 'false',
      DB_POOL_SIZE: '5',
    });
    await api.start();
    await cluster.caughtUp();
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await cluster?.stop();
  });

  it('routed reads come from the standby; exams, edits and read-backs use the primary', async () => {
    const provider = await signIn('provider');
    const methodologist = await signIn('methodologist');
    const admin = await signIn('admin');
    const anonymous = new HttpClient(api.baseUrl);
    const current = (await anonymous.get('/api/methodologies/current')).body as { id: string };
    const catalogueBefore = (await anonymous.get('/api/courses')).body as unknown[];
    expect(catalogueBefore.length).toBeGreaterThan(0);
    // The API holds connections on the standby (its read pool).
    const onStandby = await cluster.sql<{ n: number }>(
      'replica',
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'civics-api' AND datname = 'civics'`,
    );
    expect(onStandby[0].n).toBeGreaterThan(0);

    // Items and forms for the exam, written before replay stops.
    await activeItems({ signIn, client: () => new HttpClient(api.baseUrl), databaseUrl: cluster.primaryUrl }, [
      ...[1, 2, 3, 4].flatMap((level) => [1, 2].map((n) => choiceItem('IS3', level, n))),
    ]);
    const templateId = await createTemplate(methodologist, ['IS3']);
    await cluster.caughtUp();

    await cluster.sql('replica', 'SELECT pg_wal_replay_pause()');
    try {
      // A course approved on the primary: the provider and the reviewer see it at once…
      const course = await provider.post('/api/courses', {
        code: 'SCALE-RR-1',
        title: t3('Replication lag awareness'),
        description: t3('A course written while the standby replays nothing.'),
        targets: [{ competencyCode: 'IS3', fromLevel: 0, toLevel: 2 }],
        format: 'online',
        hours: 8,
        languages: ['az', 'en'],
      });
      expect(course.status).toBe(201);
      expect((await provider.post(`/api/courses/${course.body.id}/submit`)).status).toBe(200);
      expect((await methodologist.post(`/api/courses/${course.body.id}/approve`, {})).status).toBe(200);
      expect((await anonymous.get(`/api/courses/${course.body.id}`)).body.status).toBe('approved');
      // …the public catalogue, read from the paused standby, does not have it yet.
      expect(((await anonymous.get('/api/courses?q=SCALE-RR')).body as unknown[]).length).toBe(0);

      const newProvider = await admin.post('/api/providers', {
        name: t3('Replica Institute'),
        accreditation: { number: 'RR-1', issuedBy: 'Ministry of Science and Education', validUntil: '2030-01-01' },
        specialisations: ['IS3'],
        contacts: { email: 'rr@example.org' },
      });
      expect(newProvider.status).toBe(201);
      expect((await anonymous.get(`/api/providers/${newProvider.body.id}`)).status).toBe(200);
      expect(((await anonymous.get('/api/providers')).body as { id: string }[]).some((p) => p.id === newProvider.body.id)).toBe(false);

      const resource = await methodologist.post('/api/resources', {
        kind: 'methodology',
        title: t3('Replica reading list'),
        competencies: ['IS3'],
        languages: ['en'],
        url: 'https://example.org/replica-reading-list',
        publishedOn: '2026-11-20',
      });
      expect(resource.status).toBe(201);
      expect(((await anonymous.get('/api/resources?q=Replica reading')).body as unknown[]).length).toBe(0);

      // A whole exam while the standby is frozen: every read of it is on the primary.
      const exam = await sitExam(await signIn('servant'), templateId);
      expect(exam.result.competencies[0]).toMatchObject({ competencyCode: 'IS3', achievedLevel: 1, earned: 7, possible: 8 });
      const [stored] = await cluster.sql<{ n: number }>('primary', `SELECT count(*)::int AS n FROM response WHERE attempt_id = $1`, [
        exam.attemptId,
      ]);
      expect(stored.n).toBe(8);
      const [absent] = await cluster.sql<{ n: number }>('replica', `SELECT count(*)::int AS n FROM attempt WHERE id = $1`, [
        exam.attemptId,
      ]);
      expect(absent.n).toBe(0);

      // A new methodology version approved on the primary; the framework readers still see v1.
      const draft = await methodologist.post(`/api/methodologies/${current.id}/clone`);
      expect(draft.status).toBe(201);
      const approved = await methodologist.post(`/api/methodologies/${draft.body.id}/approve`, {
        legalBasis: LEGAL_BASIS,
        effectiveDate: '2027-01-01',
      });
      expect(approved.status).toBe(200);
      expect(approved.body.isCurrent).toBe(true);
      expect((await anonymous.get('/api/methodologies/current')).body.id).toBe(current.id);
    } finally {
      await cluster.sql('replica', 'SELECT pg_wal_replay_resume()');
    }

    await cluster.caughtUp();
    expect(((await anonymous.get('/api/courses?q=SCALE-RR')).body as unknown[]).length).toBe(1);
    expect(((await anonymous.get('/api/resources?q=Replica reading')).body as unknown[]).length).toBe(1);
    expect(
      ((await anonymous.get('/api/providers')).body as { name: { en: string } }[]).some((p) => p.name.en === 'Replica Institute'),
    ).toBe(true);
    expect((await anonymous.get('/api/methodologies/current')).body.id).not.toBe(current.id);
  });

  it('reads fall back to the primary when the standby is gone', async () => {
    await cluster.stopReplica();
    const anonymous = new HttpClient(api.baseUrl);
    const courses = await anonymous.get('/api/courses?q=SCALE-RR');
    expect(courses.status).toBe(200);
    expect((courses.body as unknown[]).length).toBe(1);
    expect((await anonymous.get('/api/methodologies/current')).status).toBe(200);
  });
});

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app';
import { createTestDatabase, sql } from '../support/test-database';
import { freePort } from '../support/api-process';
import { HttpClient } from '../support/http-client';
import { pdfText } from '../support/pdf-text';

describe('sessions, CSRF, personal data and role changes', () => {
  let t: TestApp;
  let servantPersonId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const [p] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM person WHERE personal_code = '5ZK3P1A'`);
    servantPersonId = p.id;
  });
  afterAll(() => t.close());

  it('lists my live sessions, ends another one, and signs out everywhere', async () => {
    const laptop = await t.signIn('methodologist');
    const phone = t.client();
    await phone.request(
      'POST',
      '/api/auth/login',
      { login: 'methodologist', password: DEMO_PASSWORD },
      { 'user-agent': 'PhoneBrowser/1.0' },
    );
    phone.token = (await phone.post('/api/auth/refresh')).body.accessToken;
    const list = await laptop.get('/api/me/sessions');
    expect(list.status).toBe(200);
    expect(list.body.length).toBe(2);
    const current = list.body.filter((s: { current: boolean }) => s.current);
    expect(current.length).toBe(1);
    const other = list.body.find((s: { current: boolean }) => !s.current);
    expect(other).toMatchObject({ userAgent: 'PhoneBrowser/1.0', method: 'password', ipPrefix: '127.0.0.x' });

    // Someone else cannot end my session: it looks missing.
    const stranger = await t.signIn('provider');
    expect((await stranger.delete(`/api/me/sessions/${other.id}`)).status).toBe(404);
    expect((await laptop.delete(`/api/me/sessions/not-a-uuid`)).status).toBe(400);

    expect((await laptop.delete(`/api/me/sessions/${other.id}`)).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await phone.post('/api/auth/refresh')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);

    const all = await laptop.post('/api/me/sessions/revoke-all');
    expect(all.status).toBe(200);
    expect(all.body.revoked).toBe(1);
    expect((await laptop.get('/api/me')).status).toBe(401);
    const actions = await sql<{ action: string }>(
      t.databaseUrl,
      `SELECT action FROM audit_event WHERE action IN ('auth.session_revoked', 'auth.signed_out_everywhere')`,
    );
    expect(actions.map((a) => a.action).sort()).toEqual(['auth.session_revoked', 'auth.signed_out_everywhere']);
  });

  it('refuses a cross-site refresh or logout (CSRF) and accepts the same site', async () => {
    const c = await t.signIn('commission');
    const evil = await c.request('POST', '/api/auth/refresh', undefined, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('content-type')).toContain('application/problem+json');
    expect(evil.body.code).toBe('cross_site_request');
    expect((await c.request('POST', '/api/auth/logout', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const same = await c.request('POST', '/api/auth/refresh', undefined, { origin: t.baseUrl, 'sec-fetch-site': 'same-origin' });
    expect(same.status).toBe(200);
  });

  it('sends CSP without unsafe-inline scripts, HSTS and frame-ancestors none', async () => {
    const r = await t.client().get('/api/health');
    const csp = r.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('HR must state a purpose to open a file; the person sees who, when and why', async () => {
    const hr = await t.signIn('hr');
    const without = await hr.get(`/api/persons/${servantPersonId}`);
    expect(without.status).toBe(400);
    expect(without.headers.get('content-type')).toContain('application/problem+json');
    expect(without.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'query.purpose' })]));
    expect((await hr.get(`/api/persons/${servantPersonId}?purpose=x`)).status).toBe(400);
    const opened = await hr.get(`/api/persons/${servantPersonId}?purpose=${encodeURIComponent('Preparing the attestation list')}`);
    expect(opened.status).toBe(200);

    const servant = await t.signIn('servant');
    const log = await servant.get('/api/me/access-log');
    expect(log.status).toBe(200);
    expect(log.body[0]).toMatchObject({
      action: 'identity.person_read',
      purpose: 'Preparing the attestation list',
      actorRoles: ['hr_officer'],
    });
    expect(log.body[0].actorName).not.toBe('system');
    // My own actions are not "someone else using my data".
    await servant.get('/api/me/export');
    expect((await servant.get('/api/me/access-log')).body.some((e: { action: string }) => e.action === 'privacy.data_exported')).toBe(
      false,
    );
  });

  it('exports everything about me as JSON and as a PDF', async () => {
    const servant = await t.signIn('servant');
    const json = await servant.get('/api/me/export');
    expect(json.status).toBe(200);
    expect(json.body.person).toMatchObject({ id: servantPersonId, personal_code: '5ZK3P1A' });
    expect(json.body.accounts[0]).toMatchObject({ username: 'servant' });
    expect(json.body.accounts[0]).not.toHaveProperty('password_hash');
    for (const k of ['results', 'attempts', 'plans', 'enrolments', 'attestation', 'certificates', 'accessLog'])
      expect(Array.isArray(json.body[k])).toBe(true);
    const res = await fetch(`${t.baseUrl}/api/me/export/pdf`, { headers: { authorization: `Bearer ${servant.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('5ZK3P1A');
    expect(text).toContain(json.body.person.last_name);
  });

  it('an administrator changes roles; the change is audited and the account’s sessions end', async () => {
    const admin = await t.signIn('admin');
    const target = await t.signIn('commission2');
    const accounts = (await admin.get('/api/accounts')).body as { id: string; username: string }[];
    const id = accounts.find((a) => a.username === 'commission2')?.id ?? 'missing';
    const bad = await admin.put(`/api/accounts/${id}/roles`, { roles: [] });
    expect(bad.status).toBe(400);
    const r = await admin.put(`/api/accounts/${id}/roles`, { roles: [{ role: 'commission_member' }, { role: 'methodologist' }] });
    expect(r.status).toBe(200);
    expect(r.body.roles.map((g: { role: string }) => g.role).sort()).toEqual(['commission_member', 'methodologist']);
    expect((await target.get('/api/me')).status).toBe(401);
    const hr = await t.signIn('hr');
    expect((await hr.put(`/api/accounts/${id}/roles`, { roles: [{ role: 'administrator' }] })).status).toBe(403);
  });

  it('retention: an administrator sees who is due and pseudonymises them; results stay, the run is audited', async () => {
    await sql(t.databaseUrl, `UPDATE person SET left_on = '2015-06-30' WHERE personal_code = '5ZK3P1A'`);
    const admin = await t.signIn('admin');
    const preview = await admin.get('/api/privacy/retention');
    expect(preview.status).toBe(200);
    expect(preview.body.retentionYears).toBe(5);
    expect(preview.body.candidates).toEqual([{ personId: servantPersonId, leftOn: '2015-06-30' }]);
    const measurementsBefore = await sql(t.databaseUrl, `SELECT 1 FROM competency_measurement WHERE person_id = $1`, [servantPersonId]);
    const run = await admin.post('/api/privacy/retention/run');
    expect(run.body).toMatchObject({ pseudonymised: 1 });
    const [p] = await sql<{ first_name: string; personal_code: string; email: string | null }>(
      t.databaseUrl,
      `SELECT first_name, personal_code, email FROM person WHERE id = $1`,
      [servantPersonId],
    );
    expect(p.personal_code).toMatch(/^PSN-/);
    expect(p.email).toBeNull();
    expect(p.first_name).toBe('Pseudonymised');
    expect(await sql(t.databaseUrl, `SELECT 1 FROM competency_measurement WHERE person_id = $1`, [servantPersonId])).toHaveLength(
      measurementsBefore.length,
    );
    expect((await admin.get('/api/privacy/retention')).body.candidates).toEqual([]);
    const audited = await sql(
      t.databaseUrl,
      `SELECT 1 FROM audit_event WHERE action = 'privacy.person_pseudonymised' AND subject_person_id = $1`,
      [servantPersonId],
    );
    expect(audited).toHaveLength(1);
    expect((await (await t.signIn('hr')).get('/api/privacy/retention')).status).toBe(403);
  });
});

describe('no secrets in logs', () => {
  it('the log of a sign-in, a refresh and a failed sign-in holds neither the password nor the tokens', async () => {
    const db = await createTestDatabase();
    const port = await freePort();
    const child = spawn(process.execPath, [resolve(__dirname, '../../../dist/apps/api/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'trace',
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: 'log-test-secret-that-is-long-enough-123',
        WEB_ROOT: '/nonexistent-web-root',
        JOBS_ENABLED: 'false',
        LOGIN_FAILURE_DELAY_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const secrets: string[] = [DEMO_PASSWORD, 'Wrong-Password-123', 'log-test-secret-that-is-long-enough-123'];
    try {
      const base = `http://127.0.0.1:${port}`;
      const until = Date.now() + 90_000;
      while (Date.now() < until) {
        if (
          await fetch(`${base}/api/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 300));
      }
      const c = new HttpClient(base);
      const login = await c.post('/api/auth/login', { login: 'servant', password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      secrets.push(login.body.accessToken, c.cookies.get('civics_rt') ?? 'missing-cookie');
      const refreshed = await c.post('/api/auth/refresh');
      expect(refreshed.status).toBe(200);
      secrets.push(refreshed.body.accessToken, c.cookies.get('civics_rt') ?? 'missing-cookie');
      expect((await c.post('/api/auth/login', { login: 'servant', password: 'Wrong-Password-123' })).status).toBe(401);
    } finally {
      // Stopping flushes the buffered log.
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await db.drop();
    }
    expect(log).toContain('/api/auth/login');
    expect(log).toContain('/api/auth/refresh');
    for (const secret of secrets) expect({ secret, found: log.includes(secret) }).toEqual({ secret, found: false });
  });
});

import { startTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const DEMO_USERS = ['servant', 'hr', 'commission', 'provider', 'methodologist', 'admin'];

describe('sign-in, refresh rotation and sign-out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(DEMO_USERS)('signs in demo account %s and returns its roles', async (username) => {
    const c = t.client();
    const r = await c.post('/api/auth/login', { login: username, password: DEMO_PASSWORD });
    expect(r.status).toBe(200);
    expect(r.body.tokenType).toBe('Bearer');
    expect(r.body.me.username).toBe(username);
    expect(r.body.me.roles).toHaveLength(1);
    expect(c.cookies.get('civics_rt')).toBeTruthy();
    const cookie = r.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    c.token = r.body.accessToken;
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe(r.body.me.accountId);
  });

  it('signs in with the e-mail address too', async () => {
    const r = await t.client().post('/api/auth/login', { login: 'AYSEL.MAMMADOVA@mddt.gov.az', password: DEMO_PASSWORD });
    expect(r.status).toBe(200);
    expect(r.body.me.username).toBe('servant');
    expect(r.body.me.person.positionCode).toBe('SPECIALIST');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const wrong = await t.client().post('/api/auth/login', { login: 'commission', password: 'not-the-right-password' });
    const unknown = await t.client().post('/api/auth/login', { login: 'nobody-here', password: 'not-the-right-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.code).toBe('invalid_credentials');
  });

  it('rotates the refresh token: the old one is refused after use and its reuse ends the session', async () => {
    const c = await t.signIn('methodologist');
    const first = c.cookies.get('civics_rt') as string;
    const r1 = await c.post('/api/auth/refresh');
    expect(r1.status).toBe(200);
    const second = c.cookies.get('civics_rt') as string;
    expect(second).not.toBe(first);

    const thief = t.client();
    thief.cookies.set('civics_rt', first);
    const reuse = await thief.post('/api/auth/refresh');
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('refresh_reused');

    // The reuse revoked the whole family: the legitimate newer token and access token stop working.
    const after = await c.post('/api/auth/refresh');
    expect(after.status).toBe(401);
    c.token = r1.body.accessToken;
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('logout revokes the session: refresh and the access token are refused afterwards', async () => {
    const c = await t.signIn('commission');
    expect((await c.get('/api/me')).status).toBe(200);
    const rt = c.cookies.get('civics_rt') as string;
    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(c.cookies.has('civics_rt')).toBe(false);
    expect((await c.get('/api/me')).status).toBe(401);
    const replay = t.client();
    replay.cookies.set('civics_rt', rt);
    expect((await replay.post('/api/auth/refresh')).status).toBe(401);
  });

  it('refuses a forged or expired-looking access token', async () => {
    const c = t.client();
    c.token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const r = await c.get('/api/me');
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('unauthenticated');
  });

  it('records sign-in, failed sign-in and sign-out in the audit chain', async () => {
    const rows = await sql<{ action: string }>(t.databaseUrl, `SELECT action FROM audit_event`);
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions]).toEqual(expect.arrayContaining(['auth.sign_in', 'auth.sign_in_failed', 'auth.sign_out']));
    const admin = await t.signIn('admin');
    const v = await admin.get('/api/audit/verify');
    expect(v.status).toBe(200);
    expect(v.body.valid).toBe(true);
    expect(v.body.checked).toBeGreaterThan(5);
  });

  it('changes a password under the NIST rules and signs other sessions out', async () => {
    const a = await t.signIn('provider');
    const b = await t.signIn('provider');
    const weak = await a.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'password1234' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0]).toMatchObject({ field: 'body.newPassword', code: 'common' });
    const short = await a.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(short.body.errors[0].code).toBe('too_short');
    const ok = await a.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'a quiet meadow by the Kura river' });
    expect(ok.status).toBe(204);
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await a.get('/api/me')).status).toBe(200);
    const again = await t.client().post('/api/auth/login', { login: 'provider', password: 'a quiet meadow by the Kura river' });
    expect(again.status).toBe(200);
  });
});

describe('failed sign-ins are rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
  });
  afterAll(() => t.close());

  it('locks an account after repeated failures, even against the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await t.client().post('/api/auth/login', { login: 'servant', password: `wrong-password-${i}` })).status).toBe(401);
    }
    const locked = await t.client().post('/api/auth/login', { login: 'servant', password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_attempts');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is still allowed.
    expect((await t.client().post('/api/auth/login', { login: 'hr', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('limits one address across many accounts', async () => {
    const users = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'];
    for (const u of users) await t.client().post('/api/auth/login', { login: u, password: 'wrong-password-x' });
    const r = await t.client().post('/api/auth/login', { login: 'admin', password: DEMO_PASSWORD });
    expect(r.status).toBe(429);
  });
});

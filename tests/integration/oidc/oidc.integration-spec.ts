import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import type { HttpClient } from '../support/http-client';
import { freePort, ProviderBrowser, startTestProvider, type TestProvider } from './test-provider';

const SERVANT_EMAIL = 'aysel.mammadova@mddt.gov.az';
const METHODOLOGIST_EMAIL = 'rashad.guliyev@csc.gov.az';
const LABEL = 'Test identity provider';

/**
 * Single sign-on against a real OpenID Provider (oidc-provider) on 127.0.0.1: the browser's whole
 * journey, API start -> provider login and consent -> API callback, driven with fetch and two cookie jars.
 */
describe('OIDC sign-in against a real OpenID Provider', () => {
  let t: TestApp;
  let op: TestProvider;

  beforeAll(async () => {
    // oidc-provider's development-only notices (in-memory adapter, generated keys, devInteractions) are expected here.
    for (const level of ['warn', 'info'] as const) {
      const original = console[level].bind(console);
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].startsWith('oidc-provider ')) return;
        original(...args);
      });
    }
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    op = await startTestProvider(`${publicUrl}/api/auth/oidc/callback`, {
      'sub-servant': { email: SERVANT_EMAIL },
      'sub-servant-again': { email: SERVANT_EMAIL },
      'sub-stranger': { email: 'nobody@example.org' },
      'sub-unverified': { email: METHODOLOGIST_EMAIL, emailVerified: false },
    });
    t = await startTestApp(
      {
        PUBLIC_URL: publicUrl,
        OIDC_ISSUER: op.issuer,
        OIDC_CLIENT_ID: op.clientId,
        OIDC_CLIENT_SECRET: op.clientSecret,
        OIDC_LABEL: LABEL,
        OIDC_ALLOW_HTTP: 'true',
      },
      { port },
    );
    expect(t.baseUrl).toBe(publicUrl);
  });
  afterAll(async () => {
    await t?.close();
    await op?.close();
    jest.restoreAllMocks();
  });

  /** API /start, then the provider's pages as `login`; returns the API client and the URL the provider sent the browser back to. */
  async function throughProvider(login: string): Promise<{ api: HttpClient; callback: URL; browser: ProviderBrowser }> {
    const api = t.client();
    const start = await api.get('/api/auth/oidc/start');
    expect(start.status).toBe(302);
    expect(api.cookies.has('civics_oidc')).toBe(true);
    const authorize = new URL(start.headers.get('location') as string);
    const browser = new ProviderBrowser(new URL(op.issuer).origin);
    const callback = await browser.signIn(authorize.href, login);
    return { api, callback, browser };
  }

  /** The callback request, as the browser would make it with the API's cookie jar. */
  const callbackPath = (u: URL) => {
    expect(u.origin).toBe(t.baseUrl);
    expect(u.pathname).toBe('/api/auth/oidc/callback');
    return u.pathname + u.search;
  };

  it('reports single sign-on as enabled, with its label', async () => {
    const r = await t.client().get('/api/auth/oidc');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ enabled: true, label: LABEL });
  });

  it('starts with a redirect to the provider carrying state, nonce and a S256 PKCE challenge in a signed, lax cookie', async () => {
    const api = t.client();
    const r = await api.get('/api/auth/oidc/start');
    expect(r.status).toBe(302);
    const u = new URL(r.headers.get('location') as string);
    expect(u.origin).toBe(op.issuer);
    const q = u.searchParams;
    expect(q.get('client_id')).toBe(op.clientId);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('redirect_uri')).toBe(`${t.baseUrl}/api/auth/oidc/callback`);
    expect(q.get('scope')).toBe('openid email profile');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith('civics_oidc=')) as string;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/i);
    // Signed: the value is the JSON followed by a signature, not something the browser can forge.
    expect(decodeURIComponent(cookie.split(';')[0])).toMatch(/^civics_oidc=\{.*\}\.[A-Za-z0-9+/_-]+=*$/);
  });

  it('signs in the servant through the provider, links the subject, and the refresh cookie works', async () => {
    const { api, callback, browser } = await throughProvider('sub-servant');
    // The provider's own pages were used: its login form, then its consent form.
    expect(browser.submitted).toEqual(['login', 'consent']);
    expect(browser.visited[0]).toMatch(new RegExp(`^GET ${op.issuer}/auth\\?`));
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('iss')).toBe(op.issuer);

    const r = await api.get(callbackPath(callback));
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/');
    expect(api.cookies.get('civics_rt')).toBeTruthy();
    expect(api.cookies.has('civics_oidc')).toBe(false);
    const rt = r.headers.getSetCookie().find((c) => c.startsWith('civics_rt=')) as string;
    expect(rt).toMatch(/HttpOnly/i);
    expect(rt).toMatch(/SameSite=Strict/i);
    expect(rt).toMatch(/Path=\/api\/auth(;|$)/i);

    const refresh = await api.post('/api/auth/refresh');
    expect(refresh.status).toBe(200);
    expect(refresh.body.me.username).toBe('servant');
    api.token = refresh.body.accessToken;
    const me = await api.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe(refresh.body.me.accountId);

    const [account] = await sql<{ oidc_issuer: string; oidc_subject: string }>(
      t.databaseUrl,
      `SELECT oidc_issuer, oidc_subject FROM account WHERE username = 'servant'`,
    );
    expect(account).toEqual({ oidc_issuer: op.issuer, oidc_subject: 'sub-servant' });
    const [session] = await sql<{ auth_method: string }>(
      t.databaseUrl,
      `SELECT s.auth_method FROM auth_session s JOIN account a ON a.id = s.account_id WHERE a.username = 'servant' ORDER BY s.created_at DESC LIMIT 1`,
    );
    expect(session.auth_method).toBe('oidc');
  });

  it('signs the linked subject in again (matched by subject this time)', async () => {
    const { api, callback } = await throughProvider('sub-servant');
    const r = await api.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/');
    const refresh = await api.post('/api/auth/refresh');
    expect(refresh.status).toBe(200);
    expect(refresh.body.me.username).toBe('servant');
  });

  it('refuses a provider user whose e-mail matches no account', async () => {
    const { api, callback } = await throughProvider('sub-stranger');
    const r = await api.get(callbackPath(callback));
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_no_account');
    expect(api.cookies.has('civics_rt')).toBe(false);
    expect(r.headers.getSetCookie().some((c) => c.startsWith('civics_rt='))).toBe(false);
    expect((await api.post('/api/auth/refresh')).status).toBe(401);
  });

  it('does not link by an e-mail address the provider has not verified', async () => {
    const { api, callback } = await throughProvider('sub-unverified');
    const r = await api.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_no_account');
    expect(api.cookies.has('civics_rt')).toBe(false);
    const [account] = await sql<{ oidc_subject: string | null }>(
      t.databaseUrl,
      `SELECT oidc_subject FROM account WHERE username = 'methodologist'`,
    );
    expect(account.oidc_subject).toBeNull();
  });

  it('links by e-mail only once: another subject with the same e-mail is refused', async () => {
    const { api, callback } = await throughProvider('sub-servant-again');
    const r = await api.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_no_account');
    expect(api.cookies.has('civics_rt')).toBe(false);
  });

  it('refuses a callback without the pending-state cookie', async () => {
    const { callback } = await throughProvider('sub-servant');
    const other = t.client(); // a different browser: no civics_oidc cookie
    const r = await other.get(callbackPath(callback));
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
    expect(other.cookies.has('civics_rt')).toBe(false);
  });

  it('refuses a callback whose state was tampered with', async () => {
    const { api, callback } = await throughProvider('sub-servant');
    callback.searchParams.set('state', 'forged-state');
    const r = await api.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
    expect(api.cookies.has('civics_rt')).toBe(false);
  });

  it('refuses a callback whose pending-state cookie was tampered with', async () => {
    const { api, callback } = await throughProvider('sub-servant');
    const raw = decodeURIComponent(api.cookies.get('civics_oidc') as string);
    const dot = raw.lastIndexOf('.');
    const pending = JSON.parse(raw.slice(0, dot)) as { state: string };
    api.cookies.set('civics_oidc', encodeURIComponent(JSON.stringify({ ...pending, verifier: 'x'.repeat(43) }) + raw.slice(dot)));
    const r = await api.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
    expect(api.cookies.has('civics_rt')).toBe(false);
  });

  it('refuses an authorisation code used twice', async () => {
    const { api, callback } = await throughProvider('sub-servant');
    const cookie = api.cookies.get('civics_oidc') as string;
    expect((await api.get(callbackPath(callback))).headers.get('location')).toBe('/');
    const replay = t.client();
    replay.cookies.set('civics_oidc', cookie);
    const r = await replay.get(callbackPath(callback));
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
    expect(replay.cookies.has('civics_rt')).toBe(false);
  });

  it('sends the browser back with sso_failed when the user aborts at the provider', async () => {
    const api = t.client();
    const start = await api.get('/api/auth/oidc/start');
    const authorize = new URL(start.headers.get('location') as string);
    // An authorisation error response from the provider (what "cancel" produces).
    const path = `/api/auth/oidc/callback?error=access_denied&state=${authorize.searchParams.get('state')}&iss=${encodeURIComponent(op.issuer)}`;
    const r = await api.get(path);
    expect(r.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
    expect(api.cookies.has('civics_rt')).toBe(false);
  });
});

describe('OIDC when not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports single sign-on as disabled', async () => {
    const r = await t.client().get('/api/auth/oidc');
    expect(r.status).toBe(200);
    expect(r.body.enabled).toBe(false);
  });

  it('answers /start with 404 sso_not_configured as problem+json', async () => {
    const r = await t.client().get('/api/auth/oidc/start');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.code).toBe('sso_not_configured');
    expect(r.headers.getSetCookie().some((c) => c.startsWith('civics_oidc='))).toBe(false);
  });
});

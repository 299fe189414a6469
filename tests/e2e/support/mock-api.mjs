// A stand-in for the real API, for working on the web shell before (or without) the API build:
// serves dist/apps/web/browser and fakes the auth and me routes with the six demo accounts.
// Used by the e2e tests only when E2E_MOCK_API=1; the real run uses `npm run serve:e2e`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { randomUUID } from 'node:crypto';

const port = Number(process.env.E2E_PORT ?? process.env.PORT ?? 3100);
const root = normalize(join(import.meta.dirname, '../../../dist/apps/web/browser'));
const password = 'Demo-Password-2026';
const orgId = '7d0e8a52-3c1f-4d5e-9a8b-1f2e3d4c5b6a';
const providerId = '2b9c7e41-6a5d-4f3e-8c2b-0a1b2c3d4e5f';

const person = (first, last, title, code) => ({
  id: randomUUID(),
  firstName: first,
  lastName: last,
  organisationId: orgId,
  organisationName: 'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi',
  positionCode: code,
  positionTitle: title,
});
const grant = (role, scopeOrganisationId = null, scopeProviderId = null) => ({ role, scopeOrganisationId, scopeProviderId });
const accounts = {
  servant: { displayName: 'Aygün Məmmədova', roles: [grant('civil_servant')], permissions: ['me:read'], person: person('Aygün', 'Məmmədova', 'Baş məsləhətçi', 'CS-ICT-03') },
  hr: { displayName: 'Rəşad Əliyev', roles: [grant('hr_officer', orgId)], permissions: ['me:read', 'organisations:read', 'persons:read', 'persons:manage'], person: person('Rəşad', 'Əliyev', 'Kadrlar şöbəsinin müdiri', 'HR-02') },
  commission: { displayName: 'Günel İsmayılova', roles: [grant('commission_member')], permissions: ['me:read'], person: null },
  provider: { displayName: 'Dövlət İdarəçilik Akademiyası', roles: [grant('training_provider', null, providerId)], permissions: ['me:read'], person: null },
  methodologist: { displayName: 'Şəhla Qasımova', roles: [grant('methodologist')], permissions: ['me:read'], person: null },
  admin: { displayName: 'İlkin Hüseynov', roles: [grant('administrator')], permissions: ['me:read', 'organisations:read', 'organisations:manage', 'persons:read', 'persons:manage', 'accounts:manage', 'audit:read'], person: null },
};
const me = (username) => ({ accountId: randomUUID(), username, email: `${username}@example.az`, preferredLanguage: 'az', ...accounts[username] });
const sessions = new Map(); // refresh token → username
const tokens = new Map(); // access token → username

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ico': 'image/x-icon' };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
function problem(res, status, code, title, extra = {}) {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: `https://civics.example/problems/${code}`, title, status, code, ...extra }));
}
function issue(res, username) {
  const refresh = randomUUID();
  const access = randomUUID();
  sessions.set(refresh, username);
  tokens.set(access, username);
  send(res, 200, { accessToken: access, tokenType: 'Bearer', expiresIn: 900, me: me(username) }, {
    'set-cookie': `civics_refresh=${refresh}; HttpOnly; Path=/api/auth; SameSite=Strict`,
  });
}
async function body(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  try {
    return JSON.parse(data || 'null');
  } catch {
    return null;
  }
}
const cookie = (req) => /civics_refresh=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (path === '/api/auth/login' && req.method === 'POST') {
    const b = await body(req);
    const errors = [];
    if (!b?.login) errors.push({ field: 'login', message: 'Too small: expected string to have >=1 characters', code: 'too_small' });
    if (!b?.password) errors.push({ field: 'password', message: 'Too small: expected string to have >=1 characters', code: 'too_small' });
    if (errors.length) return problem(res, 400, 'validation_failed', 'Invalid request', { errors });
    if (b.login === 'locked') return problem(res, 429, 'too_many_attempts', 'Too many attempts');
    if (!accounts[b.login] || b.password !== password) return problem(res, 401, 'invalid_credentials', 'Invalid credentials', { detail: 'Wrong user name or password' });
    return issue(res, b.login);
  }
  if (path === '/api/auth/refresh' && req.method === 'POST') {
    const username = sessions.get(cookie(req));
    if (!username) return problem(res, 401, 'invalid_refresh_token', 'Not signed in');
    sessions.delete(cookie(req));
    return issue(res, username);
  }
  if (path === '/api/auth/logout' && req.method === 'POST') {
    sessions.delete(cookie(req));
    res.writeHead(204, { 'set-cookie': 'civics_refresh=; Max-Age=0; Path=/api/auth' });
    return res.end();
  }
  if (path === '/api/auth/oidc') return send(res, 200, { enabled: process.env.MOCK_OIDC === '1', label: 'ASAN İmza' });
  if (path === '/api/me') {
    const username = tokens.get((req.headers.authorization ?? '').replace('Bearer ', ''));
    return username ? send(res, 200, me(username)) : problem(res, 401, 'unauthenticated', 'Sign in');
  }
  if (path.startsWith('/api/')) return problem(res, 404, 'not_found', 'Not found');
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return problem(res, 400, 'bad_path', 'Bad path');
  try {
    if (!(await stat(file)).isFile()) throw new Error('dir');
  } catch {
    file = join(root, 'index.html');
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
}).listen(port, () => console.log(`mock API and web on http://localhost:${port}`));

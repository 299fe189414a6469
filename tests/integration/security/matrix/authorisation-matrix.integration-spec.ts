// Authorisation matrix (OWASP API1 BOLA, API3 excessive data exposure, API5 function level): every
// route the server registered × every role and anonymous × own / same-organisation / other-organisation
// object, against the status the route's access rule and its scope imply.
import { API_ROUTES, ROLE_PERMISSIONS, ROLES, WellKnownRoutes, type Role, type RouteDef } from '@civics/contracts';
import { registeredRoutes } from '@civics/api-platform';
import { startTestApp, type TestApp } from '../../support/test-app';
import type { HttpClient, HttpResult } from '../../support/http-client';
import { buildFixtures, type MatrixFixtures, type ObjectScope } from './fixtures';
import { ROUTE_ENTRIES, type Caller, type Outcome, type RouteEntry } from './route-entries';
import { exposureProblems } from './exposure';

const DEMO_ACCOUNT: Readonly<Record<Role, string>> = {
  civil_servant: 'servant',
  hr_officer: 'hr',
  commission_member: 'commission',
  training_provider: 'provider',
  methodologist: 'methodologist',
  administrator: 'admin',
};
const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];
const SCOPES: readonly ObjectScope[] = ['own', 'same', 'other'];

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
/** The contract's routes: the `/api` surface and the well-known documents outside it. */
const CONTRACT_ROUTES: readonly RouteDef[] = [...API_ROUTES, ...Object.values(WellKnownRoutes)];

/** What the route's access rule implies when the entry says nothing more. */
function defaultOutcome(route: RouteDef, caller: Caller): Outcome {
  const write = route.method !== 'GET';
  if (route.access === 'public') return write ? 'passes' : 'ok';
  if (caller === 'anonymous') return 401;
  if (route.access === 'authenticated' || ROLE_PERMISSIONS[caller].includes(route.access)) return write ? 'passes' : 'ok';
  return 403;
}

function expectedOutcome(route: RouteDef, entry: RouteEntry, caller: Caller, scope: ObjectScope | null): Outcome {
  const given = entry.expect?.[caller];
  if (given === undefined) return defaultOutcome(route, caller);
  if (typeof given === 'object') return (scope && given[scope]) ?? defaultOutcome(route, caller);
  return given;
}

function matches(outcome: Outcome, status: number): boolean {
  if (outcome === 'ok') return status >= 200 && status < 400;
  if (outcome === 'allowed') return status < 500 && ![401, 403, 404].includes(status);
  if (outcome === 'passes') return status < 500 && ![401, 403].includes(status);
  return status === outcome;
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${path}`);
    return encodeURIComponent(params[name]);
  });
}

async function send(client: HttpClient, route: RouteDef, entry: RouteEntry, path: string, f: MatrixFixtures, scope: ObjectScope | null) {
  if (entry.upload) {
    return client.request(route.method, path, new TextEncoder().encode(entry.upload.body), { 'content-type': entry.upload.contentType });
  }
  const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : (entry.body?.(f, scope) ?? {});
  return client.request(route.method, path + (entry.query ?? ''), body);
}

describe('authorisation matrix', () => {
  let t: TestApp;
  let f: MatrixFixtures;
  const clients = new Map<Caller, HttpClient>();
  const clientOf = (c: Caller): HttpClient => {
    const client = clients.get(c);
    if (!client) throw new Error(`no client for ${c}`);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    f = await buildFixtures(t);
    for (const role of ROLES) clients.set(role, await t.signIn(DEMO_ACCOUNT[role]));
    clients.set('anonymous', t.client());
  }, 180_000);
  afterAll(() => t?.close());

  function servedRoutes(): string[] {
    return [
      ...new Set(
        registeredRoutes()
          .filter(
            (r) =>
              (r.path.startsWith('/api/') || r.path.startsWith('/.well-known/')) &&
              !r.path.startsWith('/api/docs/') &&
              r.path !== '/api/docs',
          )
          .map(key),
      ),
    ];
  }

  it('has an entry for every route the server serves, and no entry for a route it does not', () => {
    const served = servedRoutes();
    expect(served.filter((k) => !(k in ROUTE_ENTRIES))).toEqual([]);
    expect(Object.keys(ROUTE_ENTRIES).filter((k) => !served.includes(k))).toEqual([]);
    const declared = new Set(CONTRACT_ROUTES.map(key));
    expect(served.filter((k) => !declared.has(k))).toEqual([]);
  });

  it('answers every route × caller × object scope as expected, and never exposes a field it should not', async () => {
    const byKey = new Map(CONTRACT_ROUTES.map((r) => [key(r), r]));
    // Reads first, so the writes (a withdrawn enrolment, a cancelled session) do not change what they see;
    // the sign-in routes and "sign out everywhere" last, since they end the callers' sessions.
    const rank = (r: RouteDef) =>
      r.method === 'GET' ? 0 : r.path === '/api/me/sessions/revoke-all' ? 2 : r.path.startsWith('/api/auth/') ? 3 : 1;
    const routes = servedRoutes()
      .map((k) => byKey.get(k))
      .filter((r): r is RouteDef => r !== undefined)
      .sort((a, b) => rank(a) - rank(b));
    const mismatches: string[] = [];
    const exposures: string[] = [];
    let checks = 0;
    let scopedRoutes = 0;
    for (const route of routes) {
      const entry = ROUTE_ENTRIES[key(route)];
      const params = entry.params?.(f);
      const perScope = params && 'own' in params && typeof params.own === 'object';
      if (perScope) scopedRoutes++;
      const cases: { scope: ObjectScope | null; path: string }[] = perScope
        ? SCOPES.map((s) => ({ scope: s, path: fillPath(route.path, (params as Record<ObjectScope, Record<string, string>>)[s]) }))
        : [{ scope: null, path: fillPath(route.path, (params as Record<string, string>) ?? {}) }];
      for (const caller of CALLERS) {
        for (const c of cases) {
          const res: HttpResult = await send(clientOf(caller), route, entry, c.path, f, c.scope);
          checks++;
          const want = expectedOutcome(route, entry, caller, c.scope);
          const where = `${key(route)} as ${caller}${c.scope ? ` (${c.scope})` : ''}`;
          if (!matches(want, res.status)) mismatches.push(`${where}: expected ${want}, got ${res.status} ${res.text.slice(0, 160)}`);
          for (const p of exposureProblems(route, caller, res)) exposures.push(`${where}: ${p}`);
        }
      }
    }
    console.log(
      `authorisation matrix: ${routes.length} routes (${scopedRoutes} with own/same/other objects) × ${CALLERS.length} callers ` +
        `(${ROLES.length} roles + anonymous) × scopes = ${checks} checks; ${mismatches.length} mismatches, ${exposures.length} exposures`,
    );
    expect({ mismatches, exposures }).toEqual({ mismatches: [], exposures: [] });
    expect(checks).toBeGreaterThan(routes.length * CALLERS.length);
  });
});

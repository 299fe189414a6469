// Input robustness (property-based, fast-check): generated bodies, path parameters, query strings and
// headers against every write endpoint of the route table. Never a 5xx; a refusal is always a
// problem+json 4xx; a refused request leaves the stored data as it was.
import fc from 'fast-check';
import { API_ROUTES, ROLE_PERMISSIONS, ROLES, type Role, type RouteDef } from '@civics/contracts';
import { startTestApp, type TestApp } from '../../support/test-app';
import type { HttpClient } from '../../support/http-client';
import { tableFingerprints, changedTables } from './table-fingerprints';

const FULL = process.env['FULL'] === '1';
/** Runs per write route: CI keeps the whole file well under three minutes; FULL=1 for a longer search. */
const RUNS = FULL ? 200 : 12;

const DEMO_ACCOUNT: Readonly<Record<Role, string>> = {
  civil_servant: 'servant',
  hr_officer: 'hr',
  commission_member: 'commission',
  training_provider: 'provider',
  methodologist: 'methodologist',
  administrator: 'admin',
};

/** The caller that gets past the access rule, so the generated input reaches validation and the service. */
function callerFor(route: RouteDef): Role | null {
  if (route.access === 'public') return null;
  if (route.access === 'authenticated') return 'hr_officer';
  const access = route.access;
  return ROLES.find((r) => ROLE_PERMISSIONS[r].includes(access)) ?? null;
}

const CONTENT_TYPES = ['application/json', 'text/plain', 'text/csv', 'application/octet-stream', 'application/xml', 'multipart/form-data'];
const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '..%2F..', '%00', "' OR 1=1 --", '<script>', '\u0000', 'NaN', '-1', '1e309', 'null', '{}', '𝔘𝔫𝔦'),
  fc.uuid(),
  fc.integer().map(String),
);
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(weird, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
  fc.record({ id: weird, name: fc.jsonValue(), status: weird, seq: fc.oneof(fc.integer(), fc.double(), weird) }, { requiredKeys: [] }),
);
const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[1,2', '\u0000\u0001\u0002', 'a,b,c\n1,2', '<?xml version="1.0"?><x/>', 'null', '"text"'),
);
const requestInput = fc.record({
  body: fc.oneof(
    jsonBody.map((v) => ({ kind: 'json' as const, v })),
    rawBody.map((v) => ({ kind: 'raw' as const, v })),
  ),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  params: fc.array(weird, { minLength: 4, maxLength: 4 }),
  query: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), weird, { maxKeys: 3 }),
  header: fc.record({ name: fc.constantFrom('x-request-id', 'accept-language', 'if-match', 'x-forwarded-for', 'accept'), value: weird }),
});

function isProblem(status: number, contentType: string | null, body: unknown): boolean {
  if (!contentType?.startsWith('application/problem+json')) return false;
  const b = body as { status?: unknown; title?: unknown; code?: unknown } | undefined;
  return typeof b === 'object' && b !== null && b.status === status && typeof b.title === 'string' && typeof b.code === 'string';
}

describe('input robustness of every write endpoint', () => {
  let t: TestApp;
  const clients = new Map<Role | 'anonymous', HttpClient>();

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', LOGIN_MAX_FAILURES_PER_ADDRESS: '10000' });
    for (const role of ROLES) clients.set(role, await t.signIn(DEMO_ACCOUNT[role]));
    clients.set('anonymous', t.client());
  }, 120_000);
  afterAll(() => t?.close());

  it('answers generated input with a problem+json 4xx or a success, never a 5xx, and a refusal changes nothing', async () => {
    const writes = API_ROUTES.filter((r) => r.method !== 'GET');
    const failures: string[] = [];
    let cases = 0;
    let refused = 0;
    for (const route of writes) {
      const caller = callerFor(route);
      const client = clients.get(caller ?? 'anonymous');
      if (!client) throw new Error(`no client for ${route.path}`);
      const before = await tableFingerprints(t.databaseUrl);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(requestInput, async (input) => {
          let i = 0;
          const path =
            route.path.replace(/:[a-zA-Z]+/g, () => encodeURIComponent(input.params[i++ % input.params.length])) +
            (Object.keys(input.query).length ? '?' + new URLSearchParams(input.query).toString() : '');
          const payload = input.body.kind === 'json' ? JSON.stringify(input.body.v) : input.body.v;
          const res = await client.request(route.method, path, route.method === 'DELETE' ? undefined : payload, {
            ...(route.method === 'DELETE' ? {} : { 'content-type': input.contentType }),
            [input.header.name]: input.header.value.replace(/[^\x20-\x7e]/g, '?'),
          });
          cases++;
          if (res.status >= 200 && res.status < 400) {
            accepted++;
            return true;
          }
          refused++;
          const ok = res.status >= 400 && res.status < 500 && isProblem(res.status, res.headers.get('content-type'), res.body);
          if (!ok) failures.push(`${route.method} ${path} (${input.contentType}): ${res.status} ${res.text.slice(0, 200)}`);
          // Failures are collected (and asserted below) so one run reports every route that misbehaves.
          return true;
        }),
        { numRuns: RUNS, seed: FULL ? undefined : 20261202 },
      );
      // Signing out or refreshing needs nothing but a cookie: those may succeed; everything refused must leave no trace.
      if (accepted === 0) {
        const changed = changedTables(before, await tableFingerprints(t.databaseUrl));
        if (changed.length) failures.push(`${route.method} ${route.path}: refused requests changed ${changed.join(', ')}`);
      }
    }
    console.log(
      `input robustness: ${writes.length} write routes × ${RUNS} generated requests = ${cases} cases (${refused} refused with problem+json)` +
        `${FULL ? ' [FULL]' : ''}`,
    );
    expect(failures).toEqual([]);
    expect(cases).toBe(writes.length * RUNS);
  });
});

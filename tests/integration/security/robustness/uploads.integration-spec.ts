// Upload limits of every route that takes a file: the content decides the type (an executable named
// .csv is refused with 415 whatever its declared type), and a body over the limit is refused with 413.
import { request } from 'node:http';
import { API_ROUTES, type RouteDef } from '@civics/contracts';
import { BODY_LIMIT_BYTES, STREAMED_UPLOAD_MAX_BYTES } from '@civics/api-platform';
import { startTestApp, type TestApp } from '../../support/test-app';
import { sql } from '../../support/test-database';
import { tableFingerprints, changedTables } from './table-fingerprints';

/** Every upload route, who may call it, and a path for it (the demo provider's own course session). */
const UPLOADS: Readonly<Record<string, { account: string; streamed: boolean; query: string }>> = {
  'POST /api/roster-imports': { account: 'hr', streamed: true, query: '?fileName=staff.csv' },
  'POST /api/sessions/:id/completions': { account: 'provider', streamed: false, query: '' },
  'POST /api/items/import': { account: 'methodologist', streamed: false, query: '' },
  'POST /api/methodologies/import': { account: 'methodologist', streamed: false, query: '?format=csv' },
};

/** The start of a Windows executable (DOS header and stub). */
const EXE = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('upload limits', () => {
  let t: TestApp;
  let token: Map<string, string>;
  let sessionId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    token = new Map();
    for (const a of new Set(Object.values(UPLOADS).map((u) => u.account))) token.set(a, (await t.signIn(a)).token ?? '');
    const [row] = await sql<{ id: string }>(
      t.databaseUrl,
      `SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id
       JOIN account_role r ON r.scope_provider_id = c.provider_id WHERE r.role = 'training_provider' LIMIT 1`,
    );
    sessionId = row.id;
  });
  afterAll(() => t?.close());

  const routes = (): RouteDef[] => API_ROUTES.filter((r) => `${r.method} ${r.path}` in UPLOADS);
  const pathOf = (r: RouteDef) => r.path.replace(':id', sessionId) + UPLOADS[`${r.method} ${r.path}`].query;

  it('knows every upload route of the route table', () => {
    expect(
      routes()
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(Object.keys(UPLOADS).sort());
  });

  it('refuses an executable, an ELF binary or an image sent as text/csv with 415, and stores nothing', async () => {
    let cases = 0;
    for (const r of routes()) {
      const u = UPLOADS[`${r.method} ${r.path}`];
      for (const [body, type] of [
        [EXE, 'text/csv'],
        [ELF, 'text/csv'],
        [PNG, 'application/octet-stream'],
        [EXE, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ] as const) {
        const before = await tableFingerprints(t.databaseUrl);
        const res = await fetch(t.baseUrl + pathOf(r), {
          method: 'POST',
          headers: { authorization: `Bearer ${token.get(u.account)}`, 'content-type': type },
          body: new Uint8Array(body),
        });
        const problem = (await res.json()) as { status: number; code: string; errors?: { code: string }[] };
        expect({ route: r.path, type, status: res.status, ct: res.headers.get('content-type')?.split(';')[0] }).toEqual({
          route: r.path,
          type,
          status: 415,
          ct: 'application/problem+json',
        });
        expect(problem.errors?.[0]?.code).toBe('unsupported_file_type');
        expect(changedTables(before, await tableFingerprints(t.databaseUrl))).toEqual([]);
        cases++;
      }
    }
    console.log(`upload type sniffing: ${routes().length} upload routes × 4 disguised files = ${cases} cases refused with 415`);
  });

  it('refuses a body over the limit with 413 (1 MiB buffered; the streamed roster by its declared length)', async () => {
    for (const r of routes()) {
      const u = UPLOADS[`${r.method} ${r.path}`];
      const limit = u.streamed ? STREAMED_UPLOAD_MAX_BYTES : BODY_LIMIT_BYTES;
      // Declares one byte over the limit and sends only the start: the server must answer without reading it all.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          t.baseUrl + pathOf(r),
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token.get(u.account)}`, 'content-type': 'text/csv', 'content-length': String(limit + 1) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
        req.write('personalCode,lastName,firstName\n');
      });
      expect({ route: r.path, status }).toEqual({ route: r.path, status: 413 });
    }
    // And a buffered upload really over 1 MiB (not only declared).
    const res = await fetch(t.baseUrl + '/api/methodologies/import?format=csv', {
      method: 'POST',
      headers: { authorization: `Bearer ${token.get('methodologist')}`, 'content-type': 'text/csv' },
      body: 'a,b\n'.repeat(BODY_LIMIT_BYTES / 4 + 1),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

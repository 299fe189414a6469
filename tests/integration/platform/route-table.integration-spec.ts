import { API_ROUTES } from '@civics/contracts';
import { registeredRoutes } from '@civics/api-platform';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the contract route table and the server agree', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every contract route has a handler and every API handler is in the contract', () => {
    const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    const served = new Set(
      registeredRoutes()
        .filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs/') && r.path !== '/api/docs')
        .map(key),
    );
    const declared = new Set(API_ROUTES.map(key));
    expect([...declared].filter((k) => !served.has(k))).toEqual([]);
    expect([...served].filter((k) => !declared.has(k))).toEqual([]);
    console.log(`route table: ${declared.size} routes declared and served`);
  });

  it('refuses anonymous calls to every non-public route', async () => {
    const anonymous = t.client();
    let checked = 0;
    for (const r of API_ROUTES.filter((x) => x.access !== 'public')) {
      const path = r.path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await anonymous.request(r.method, path, r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({ route: `${r.method} ${r.path}`, status: 401 });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

import { startTestApp, type TestApp } from '../support/test-app';

/** The served OpenAPI document is a valid OpenAPI 3.1 document (Redocly's linter, `recommended` rules). */
describe('OpenAPI document and documentation page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves an OpenAPI 3.1 document that lints without errors', async () => {
    const r = await t.client().get('/api/docs-json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.body.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(r.body.paths ?? {}).length).toBeGreaterThan(0);

    const { createConfig, lintFromString, detectSpec } = await import('@redocly/openapi-core');
    expect(detectSpec(r.body)).toBe('oas3_1');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: r.text, absoluteRef: `${t.baseUrl}/api/docs-json`, config });
    const show = (p: (typeof problems)[number]) =>
      `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warn');
    const byRule = warnings.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.ruleId]: (acc[p.ruleId] ?? 0) + 1 }), {});
    // Reported, not enforced: warnings of the `recommended` ruleset.
    console.log(
      `OpenAPI lint: ${errors.length} error(s), ${warnings.length} warning(s) ${JSON.stringify(byRule)}\n${warnings.map(show).join('\n')}`,
    );
    expect(errors.map(show)).toEqual([]);
  });

  it('serves the Swagger UI page', async () => {
    const c = t.client();
    let r = await c.get('/api/docs');
    // Some versions of @fastify/swagger-ui redirect /docs to /docs/ first.
    if (r.status >= 300 && r.status < 400) r = await c.get(new URL(r.headers.get('location') as string, `${t.baseUrl}/api/docs`).pathname);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.text).toMatch(/<html/i);
    expect(r.text).toMatch(/swagger/i);
  });
});

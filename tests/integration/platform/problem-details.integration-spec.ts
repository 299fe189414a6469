import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

describe('bad input gets a 4xx problem+json naming the field, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const expectProblem = (r: { status: number; headers: Headers; body: Record<string, unknown> }, status: number, code: string) => {
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), requestId: expect.any(String) });
  };

  it('malformed JSON', async () => {
    const r = await t.client().post('/api/auth/login', '{"login": "hr", ');
    expectProblem(r, 400, 'malformed_body');
  });

  it('wrong types and missing fields, each named', async () => {
    const r = await t.client().post('/api/auth/login', { login: 42 });
    expectProblem(r, 400, 'validation_failed');
    const fields = (r.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['body.login', 'body.password']);
  });

  it('unknown fields', async () => {
    const r = await t.client().post('/api/auth/login', { login: 'hr', password: 'x', admin: true });
    expectProblem(r, 400, 'validation_failed');
    expect(r.body.errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'unrecognized_keys', message: expect.stringContaining('admin') }),
    ]);
  });

  it('over-long strings', async () => {
    const admin = await t.signIn('admin');
    const r = await admin.post('/api/persons', {
      personalCode: 'LONG0001',
      firstName: 'x'.repeat(101),
      lastName: 'Ok',
      organisationId: '00000000-0000-4000-8000-000000000000',
      positionCode: 'SPECIALIST',
      positionTitle: 'T',
    });
    expectProblem(r, 400, 'validation_failed');
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'body.firstName', code: 'too_big' })]);
  });

  it('bodies over 1 MiB', async () => {
    const r = await t.client().post('/api/auth/login', { login: 'hr', password: 'p'.repeat(1024 * 1024 + 10) });
    expectProblem(r, 413, 'body_too_large');
  });

  it('a body that is not JSON', async () => {
    const r = await t.client().post('/api/auth/login', '<login>hr</login>', { 'content-type': 'application/xml' });
    expectProblem(r, 415, 'unsupported_media_type');
  });

  it('invalid ids in the path and query', async () => {
    const hr = await t.signIn('hr');
    const r = await hr.get('/api/persons/not-a-uuid?purpose=Checking%20the%20file');
    expectProblem(r, 400, 'validation_failed');
    expect((r.body.errors as { field: string }[])[0].field).toBe('params.id');
    const q = await hr.get('/api/persons?limit=abc&organisationId=12');
    expectProblem(q, 400, 'validation_failed');
    expect((q.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['query.limit', 'query.organisationId']);
  });

  it('an unknown API route', async () => {
    expectProblem(await t.client().get('/api/no-such-thing'), 404, 'not_found');
  });

  it('a refused write leaves stored data unchanged', async () => {
    const admin = await t.signIn('admin');
    const before = await sql(t.databaseUrl, `SELECT * FROM person ORDER BY id`);
    await admin.post('/api/persons', {
      personalCode: '5ZK3P1A',
      firstName: 'Dup',
      lastName: 'Dup',
      organisationId: '00000000-0000-4000-8000-000000000000',
      positionCode: 'X',
      positionTitle: 'X',
    });
    await admin.patch('/api/persons/00000000-0000-4000-8000-000000000000', { firstName: 'Ghost' });
    expect(await sql(t.databaseUrl, `SELECT * FROM person ORDER BY id`)).toEqual(before);
  });

  it('health reports the database as up, with a request id header', async () => {
    const r = await t.client().get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(r.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    const given = await t.client().get('/api/health/live', { 'x-request-id': 'trace-abc-123' });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
  });
});

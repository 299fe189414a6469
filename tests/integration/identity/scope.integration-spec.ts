import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

describe('role and organisation scope', () => {
  let t: TestApp;
  let orgs: Record<string, string>;
  let stsPersonId: string;
  let mddtPersonId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const rows = await sql<{ code: string; id: string }>(t.databaseUrl, `SELECT code, id FROM organisation`);
    orgs = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/persons', {
      personalCode: 'STS0001',
      firstName: 'Nigar',
      lastName: 'Rzayeva',
      email: 'nigar.rzayeva@sts.gov.az',
      organisationId: orgs['STS-IT-DS'],
      positionCode: 'SPECIALIST',
      positionTitle: 'Baş mütəxəssis',
    });
    expect(created.status).toBe(201);
    stsPersonId = created.body.id;
    const [servant] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM person WHERE personal_code = '5ZK3P1A'`);
    mddtPersonId = servant.id;
  });
  afterAll(() => t.close());

  it('an HR officer of agency A reads people of A, and gets 404 for a person of agency B', async () => {
    const hr = await t.signIn('hr');
    expect((await hr.get(`/api/persons/${mddtPersonId}?purpose=Annual%20staff%20review`)).status).toBe(200);
    const other = await hr.get(`/api/persons/${stsPersonId}?purpose=Annual%20staff%20review`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
  });

  it('lists only the HR officer’s subtree', async () => {
    const hr = await t.signIn('hr');
    const list = await hr.get('/api/persons?limit=500');
    expect(list.status).toBe(200);
    const ids = list.body.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(mddtPersonId);
    expect(ids).not.toContain(stsPersonId);
    const orgsSeen = (await hr.get('/api/organisations')).body.map((o: { code: string }) => o.code);
    expect(orgsSeen).toEqual(expect.arrayContaining(['MDDT', 'MDDT-EGOV', 'MDDT-EGOV-ES', 'MDDT-HR']));
    expect(orgsSeen).not.toContain('STS');
    expect((await hr.get(`/api/persons?organisationId=${orgs['STS']}`)).status).toBe(404);
  });

  it('an HR officer cannot create or move people outside the subtree', async () => {
    const hr = await t.signIn('hr');
    const outside = await hr.post('/api/persons', {
      personalCode: 'STS0002',
      firstName: 'Test',
      lastName: 'Person',
      organisationId: orgs['STS'],
      positionCode: 'SPECIALIST',
      positionTitle: 'Mütəxəssis',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0].field).toBe('body.organisationId');
    const move = await hr.patch(`/api/persons/${mddtPersonId}`, { organisationId: orgs['STS'] });
    expect(move.status).toBe(400);
    expect((await hr.patch(`/api/persons/${stsPersonId}`, { firstName: 'X' })).status).toBe(404);
    const [row] = await sql<{ first_name: string; organisation_id: string }>(
      t.databaseUrl,
      `SELECT first_name, organisation_id FROM person WHERE id = $1`,
      [stsPersonId],
    );
    expect(row).toEqual({ first_name: 'Nigar', organisation_id: orgs['STS-IT-DS'] });
  });

  it('an HR officer edits a person in scope, and the read is audited with the purpose stated', async () => {
    const hr = await t.signIn('hr');
    const r = await hr.patch(`/api/persons/${mddtPersonId}`, { positionTitle: 'Aparıcı məsləhətçi' });
    expect(r.status).toBe(200);
    expect(r.body.positionTitle).toBe('Aparıcı məsləhətçi');
    await hr.get(`/api/persons/${mddtPersonId}?purpose=Annual%20staff%20review`);
    const events = await sql<{ action: string; purpose: string }>(
      t.databaseUrl,
      `SELECT action, purpose FROM audit_event WHERE subject_person_id = $1`,
      [mddtPersonId],
    );
    expect(events).toEqual(expect.arrayContaining([{ action: 'identity.person_read', purpose: 'Annual staff review' }]));
  });

  it('a civil servant may not list people, manage accounts or create organisations', async () => {
    const s = await t.signIn('servant');
    expect((await s.get('/api/persons')).status).toBe(403);
    expect((await s.get(`/api/persons/${stsPersonId}?purpose=Annual%20staff%20review`)).status).toBe(403);
    expect((await s.get('/api/accounts')).status).toBe(403);
    const r = await s.post('/api/organisations', { parentId: null, code: 'X', kind: 'agency', name: { az: 'X', ru: 'X', en: 'X' } });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('forbidden');
  });

  it('an administrator sees every organisation and creates accounts with scoped roles', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.get(`/api/persons/${stsPersonId}?purpose=Annual%20staff%20review`)).status).toBe(200);
    const noScope = await admin.post('/api/accounts', {
      username: 'hr.sts',
      password: 'a long and unusual passphrase',
      roles: [{ role: 'hr_officer' }],
    });
    expect(noScope.status).toBe(400);
    expect(noScope.body.code).toBe('invalid_scope');
    const ok = await admin.post('/api/accounts', {
      username: 'hr.sts',
      email: 'hr@sts.gov.az',
      password: 'a long and unusual passphrase',
      roles: [{ role: 'hr_officer', scopeOrganisationId: orgs['STS'] }],
    });
    expect(ok.status).toBe(201);
    const hrSts = await t.signIn('hr.sts', 'a long and unusual passphrase');
    expect((await hrSts.get(`/api/persons/${stsPersonId}?purpose=Annual%20staff%20review`)).status).toBe(200);
    expect((await hrSts.get(`/api/persons/${mddtPersonId}?purpose=Annual%20staff%20review`)).status).toBe(404);
    const dup = await admin.post('/api/accounts', {
      username: 'hr.sts',
      password: 'another long passphrase',
      roles: [{ role: 'civil_servant' }],
    });
    expect(dup.status).toBe(409);
  });
});

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

/** `main.js audit:verify` against the test database. */
function verifyCommand(databaseUrl: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [MAIN, 'audit:verify'], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Tampering as the superuser, with the append-only triggers bypassed (session_replication_role). */
async function tamper(databaseUrl: string, statements: string[]): Promise<void> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`SET session_replication_role = replica`);
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
}

describe('tamper-evident audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // A few events to chain: sign-ins and a purposeful read.
    const hr = await t.signIn('hr');
    const [p] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM person WHERE personal_code = '5ZK3P1A'`);
    expect((await hr.get(`/api/persons/${p.id}?purpose=Checking%20the%20training%20record`)).status).toBe(200);
    await t.signIn('servant');
    await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('the API works as civics_app, which may add audit events but not change, delete or truncate them', async () => {
    const ds = t.app.get(DataSource);
    const [{ who }] = (await ds.query(`SELECT current_user AS who`)) as { who: string }[];
    expect(who).toBe('civics_app');
    for (const statement of [
      `UPDATE audit_event SET action = 'x' WHERE seq = 1`,
      `DELETE FROM audit_event WHERE seq = 1`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(ds.query(statement)).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('even the owner cannot change or delete an event: the trigger refuses', async () => {
    await expect(sql(t.databaseUrl, `UPDATE audit_event SET purpose = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(t.databaseUrl, `DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('audit:verify prints OK on an intact chain', async () => {
    const r = verifyCommand(t.databaseUrl);
    expect(r.out).toMatch(/^OK: \d+ audit events/m);
    expect(r.status).toBe(0);
    const api = await (await t.signIn('admin')).get('/api/audit/verify');
    expect(api.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it('detects an edited event, names it and exits 1; restoring it makes the chain whole again', async () => {
    const [row] = await sql<{ purpose: string }>(t.databaseUrl, `SELECT purpose FROM audit_event WHERE seq = 3`);
    await tamper(t.databaseUrl, [`UPDATE audit_event SET purpose = 'nothing to see' WHERE seq = 3`]);
    const r = verifyCommand(t.databaseUrl);
    expect(r.status).toBe(1);
    expect(r.out).toContain('BROKEN at event 3: event content was changed');
    await tamper(t.databaseUrl, [`UPDATE audit_event SET purpose = ${row.purpose === null ? 'NULL' : `'${row.purpose}'`} WHERE seq = 3`]);
    expect(verifyCommand(t.databaseUrl).status).toBe(0);
  });

  it('detects a deleted event at the event after it', async () => {
    const rows = await sql(t.databaseUrl, `SELECT * FROM audit_event WHERE seq = 2`);
    await tamper(t.databaseUrl, [`DELETE FROM audit_event WHERE seq = 2`]);
    const r = verifyCommand(t.databaseUrl);
    expect(r.status).toBe(1);
    expect(r.out).toContain('BROKEN at event 3: an earlier event is missing or moved');
    // Put it back as it was (the same columns), so the next case starts from an intact chain.
    const cols = Object.keys(rows[0]);
    const c = new Client({ connectionString: t.databaseUrl });
    await c.connect();
    await c.query(`SET session_replication_role = replica`);
    await c.query(
      `INSERT INTO audit_event (${cols.join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`,
      cols.map((k) => (k === 'details' ? JSON.stringify(rows[0][k]) : rows[0][k])),
    );
    await c.end();
    expect(verifyCommand(t.databaseUrl).status).toBe(0);
  });

  it('detects two events swapped in order', async () => {
    await tamper(t.databaseUrl, [
      `UPDATE audit_event SET seq = -4 WHERE seq = 4`,
      `UPDATE audit_event SET seq = 4 WHERE seq = 5`,
      `UPDATE audit_event SET seq = 5 WHERE seq = -4`,
    ]);
    const r = verifyCommand(t.databaseUrl);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/BROKEN at event 4: /);
    const api = await (await t.signIn('admin')).get('/api/audit/verify');
    expect(api.body).toMatchObject({ valid: false, firstBrokenSeq: 4 });
  });
});

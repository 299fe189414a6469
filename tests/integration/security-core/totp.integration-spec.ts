import { createHmac } from 'node:crypto';
import { startTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

/** An independent RFC 6238 implementation (SHA-1, 6 digits, 30 s) to play the authenticator app. */
function codeAt(secretBase32: string, step: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secretBase32) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(msg).digest();
  const o = mac[19] & 15;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
const stepNow = () => Math.floor(Date.now() / 1000 / 30);

describe('TOTP second factor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is offered to HR, methodologists and administrators only', async () => {
    const servant = await t.signIn('servant');
    expect((await servant.get('/api/me/totp')).body).toEqual({ available: false, enabled: false });
    expect((await servant.post('/api/me/totp/enrol')).status).toBe(403);
  });

  it('HR enrols with a QR code, confirms with a code; sign-in then asks for the code', async () => {
    const hr = await t.signIn('hr');
    const enrol = await hr.post('/api/me/totp/enrol');
    expect(enrol.status).toBe(200);
    expect(enrol.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.body.otpauthUri).toContain(`secret=${enrol.body.secret}`);
    const secret: string = enrol.body.secret;
    expect((await hr.post('/api/me/totp/confirm', { code: '12345' })).status).toBe(400);
    const wrong = await hr.post('/api/me/totp/confirm', { code: codeAt(secret, stepNow() + 5) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('totp_invalid');
    const step = stepNow();
    const ok = await hr.post('/api/me/totp/confirm', { code: codeAt(secret, step) });
    expect(ok.body).toEqual({ available: true, enabled: true });
    // Stored sealed: the secret itself is nowhere in the row.
    const [row] = await sql<{ secret_sealed: string }>(t.databaseUrl, `SELECT secret_sealed FROM account_totp`);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(row.secret_sealed).not.toContain(secret);

    const c = t.client();
    const first = await c.post('/api/auth/login', { login: 'hr', password: DEMO_PASSWORD });
    expect(first.status).toBe(401);
    expect(first.body.code).toBe('totp_required');
    // The code just used cannot be replayed.
    expect((await c.post('/api/auth/login', { login: 'hr', password: DEMO_PASSWORD, totpCode: codeAt(secret, step) })).body.code).toBe(
      'totp_invalid',
    );
    const second = await c.post('/api/auth/login', { login: 'hr', password: DEMO_PASSWORD, totpCode: codeAt(secret, step + 1) });
    expect(second.status).toBe(200);
    expect(second.body.accessToken).toBeTruthy();
  });

  it('wrong codes are throttled like wrong passwords', async () => {
    const m = await t.signIn('methodologist');
    const secret: string = (await m.post('/api/me/totp/enrol')).body.secret;
    expect((await m.post('/api/me/totp/confirm', { code: codeAt(secret, stepNow()) })).status).toBe(200);
    const c = t.client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await c.post('/api/auth/login', { login: 'methodologist', password: DEMO_PASSWORD, totpCode: '000000' })).status);
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const audited = await sql(
      t.databaseUrl,
      `SELECT 1 FROM audit_event e JOIN account a ON a.id = e.actor_account_id WHERE e.action = 'auth.totp_failed' AND a.username = 'methodologist'`,
    );
    expect(audited.length).toBe(5);
  });

  it('turning it off needs a current code', async () => {
    const admin = await t.signIn('admin');
    const secret: string = (await admin.post('/api/me/totp/enrol')).body.secret;
    const step = stepNow();
    expect((await admin.post('/api/me/totp/confirm', { code: codeAt(secret, step) })).status).toBe(200);
    expect((await admin.post('/api/me/totp/enrol')).status).toBe(409);
    expect((await admin.post('/api/me/totp/disable', { code: codeAt(secret, step + 4) })).status).toBe(400);
    expect((await admin.post('/api/me/totp/disable', { code: codeAt(secret, step + 1) })).body).toEqual({
      available: true,
      enabled: false,
    });
    expect((await t.client().post('/api/auth/login', { login: 'admin', password: DEMO_PASSWORD })).status).toBe(200);
  });
});

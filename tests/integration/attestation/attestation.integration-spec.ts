import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compactVerify, createRemoteJWKSet, decodeProtectedHeader } from 'jose';
import { MailSendJob } from '@civics/api-mail';
import { ExpiryRemindersJob } from '@civics/api-credentials';
import { DEMO_OPEN_SESSION_ID, DEMO_PAST_SESSION_ID } from '@civics/api-attestation';
import { makeSerial } from '@civics/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import type { HttpClient } from '../support/http-client';
import { activeItems, choiceItem, createTemplate } from '../assessment/support';
import { pdfText } from '../support/pdf-text';

const PASSWORD = 'a long candidate passphrase';
const hour = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * hour).toISOString();

/** A civil servant of the demo Ministry's e-services unit, with an account to sign in. */
async function candidate(
  t: TestApp,
  admin: HttpClient,
  code: string,
  first: string,
  last: string,
): Promise<{ id: string; client: HttpClient }> {
  const [org] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM organisation WHERE code = 'MDDT-EGOV-ES'`);
  const id = randomUUID();
  await sql(
    t.databaseUrl,
    `INSERT INTO person (id, personal_code, first_name, last_name, email, organisation_id, position_code, position_title)
     VALUES ($1, $2, $3, $4, $5, $6, 'SPECIALIST', 'Mütəxəssis')`,
    [id, code, first, last, `${code.toLowerCase()}@example.gov.az`, org.id],
  );
  const r = await admin.post('/api/accounts', {
    username: code.toLowerCase(),
    password: PASSWORD,
    personId: id,
    roles: [{ role: 'civil_servant' }],
  });
  if (r.status !== 201) throw new Error(r.text);
  return { id, client: await t.signIn(code.toLowerCase(), PASSWORD) };
}

/** Sits the session's exam: answers "b" (the key) except on the competencies in `wrongOn`. */
async function sitExam(c: HttpClient, sessionId: string, wrongOn: string[] = []): Promise<string> {
  const started = await c.post(`/api/attestation/sessions/${sessionId}/attempt`);
  expect(started.status).toBe(201);
  const attempt = started.body as { id: string; items: { itemId: string; competencyCode: string }[] };
  expect(attempt.items.length).toBe(4);
  let seq = 1;
  for (const item of attempt.items) {
    const answer = { type: 'single_choice', choice: wrongOn.includes(item.competencyCode) ? 'a' : 'b' };
    expect((await c.put(`/api/attempts/${attempt.id}/responses/${item.itemId}`, { answer, seq: seq++ })).status).toBe(200);
  }
  expect((await c.post(`/api/attempts/${attempt.id}/submit`)).status).toBe(200);
  return attempt.id;
}

async function download(c: HttpClient, path: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const res = await fetch(c.baseUrl + path, { headers: c.token ? { authorization: `Bearer ${c.token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Bit `index` of a Bitstring Status List credential (vc+jwt), decoded without any platform code. */
function statusBitOf(jws: string, index: number): boolean {
  const payload = JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
  const encoded: string = payload.credentialSubject.encodedList;
  expect(encoded.startsWith('u')).toBe(true);
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

describe('attestation: schedule → exam in the window → votes → decision → certificate → verify', () => {
  let t: TestApp;
  let mailDir: string;
  let hr: HttpClient;
  let chair: HttpClient;
  let member: HttpClient;
  let admin: HttpClient;
  let a: { id: string; client: HttpClient };
  let b: { id: string; client: HttpClient };
  let absent: { id: string; client: HttpClient };
  let templateId: string;
  let orgId: string;
  let accounts: Record<string, string>;
  let sessionId: string;
  const candidateOf = async (personId: string) =>
    ((await chair.get(`/api/attestation/sessions/${sessionId}`)).body.candidateList as { id: string; personId: string }[]).find(
      (c) => c.personId === personId,
    ) as { id: string; personId: string };

  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'civics-mail-'));
    t = await startTestApp({ MAIL_DIR: mailDir });
    admin = await t.signIn('admin');
    hr = await t.signIn('hr');
    chair = await t.signIn('commission');
    member = await t.signIn('commission2');
    await activeItems(t, [choiceItem('ED1', 1, 1), choiceItem('ED1', 2, 1), choiceItem('IS1', 1, 1), choiceItem('IS1', 2, 1)]);
    const methodologist = await t.signIn('methodologist');
    templateId = await createTemplate(methodologist, ['ED1', 'IS1'], {
      purpose: 'attestation',
      blueprint: { source: 'chosen', competencies: ['ED1', 'IS1'], levels: 'all', itemsPerCell: 1 },
      allowReview: false,
    });
    a = await candidate(t, admin, 'ATT0001', 'Gülşən', 'Məmmədova');
    b = await candidate(t, admin, 'ATT0002', 'İlkin', 'Göyçayev');
    absent = await candidate(t, admin, 'ATT0003', 'Ağca', 'Sadıqova');
    [{ id: orgId }] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM organisation WHERE code = 'MDDT-EGOV'`);
    accounts = Object.fromEntries(
      (await sql<{ id: string; username: string }>(t.databaseUrl, `SELECT id, username FROM account`)).map((r) => [r.username, r.id]),
    );
  });
  afterAll(async () => {
    await t.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  const session = (overrides: Record<string, unknown> = {}) => ({
    title: 'Integration session',
    organisationId: orgId,
    startsAt: inHours(0),
    endsAt: inHours(2),
    place: 'Bakı, otaq 305',
    templateId,
    memberAccountIds: [accounts['commission'], accounts['commission2']],
    chairAccountId: accounts['commission'],
    candidatePersonIds: [a.id, b.id, absent.id],
    ...overrides,
  });

  it('proposes due candidates and refuses conflicting schedules with field-level reasons', async () => {
    const due = (await hr.get('/api/attestation/due-candidates')).body as { personId: string; reasons: string[] }[];
    expect(due.find((d) => d.personId === a.id)?.reasons).toEqual(['no_certificate']);
    // The demo servant already sits in the open demo session: not proposed again.
    const [servant] = await sql<{ id: string }>(t.databaseUrl, `SELECT person_id AS id FROM account WHERE username = 'servant'`);
    expect(due.some((d) => d.personId === servant.id)).toBe(false);

    const past = await hr.post('/api/attestation/sessions', session({ startsAt: inHours(-3), endsAt: inHours(-1) }));
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: 'window_in_past', errors: [{ field: 'body.startsAt' }] });
    const alone = await hr.post('/api/attestation/sessions', session({ memberAccountIds: [accounts['commission']] }));
    expect(alone.status).toBe(422);
    expect(alone.body.code).toBe('commission_below_quorum');
    const notMember = await hr.post('/api/attestation/sessions', session({ memberAccountIds: [accounts['commission'], accounts['hr']] }));
    expect(notMember.status).toBe(422);
    expect(notMember.body).toMatchObject({ code: 'not_commission_member', errors: [{ field: 'body.memberAccountIds[1]' }] });
    const noChair = await hr.post('/api/attestation/sessions', session({ chairAccountId: accounts['admin'] }));
    expect(noChair.status).toBe(400);
    expect(noChair.body.errors.map((e: { field: string }) => e.field)).toContain('body.chairAccountId');
    const diagnostic = await createTemplate(await t.signIn('methodologist'), ['ED1']);
    expect((await hr.post('/api/attestation/sessions', session({ templateId: diagnostic }))).body.code).toBe('template_not_attestation');

    const created = await hr.post('/api/attestation/sessions', session());
    expect(created.status).toBe(201);
    sessionId = created.body.id;
    expect(created.body).toMatchObject({ status: 'open', members: 2, quorum: { votesNeeded: 2, members: 2 } });
    expect(created.body.candidateList.map((c: { status: string }) => c.status)).toEqual(['invited', 'invited', 'invited']);

    const twice = await hr.post('/api/attestation/sessions', session({ title: 'Second', candidatePersonIds: [a.id] }));
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'candidate_in_open_session', errors: [{ field: 'body.candidatePersonIds[0]' }] });
    expect(((await hr.get('/api/attestation/due-candidates')).body as { personId: string }[]).some((d) => d.personId === a.id)).toBe(false);
  });

  it('another organisation’s HR officer cannot see the session; candidates and members are told in the app and by e-mail', async () => {
    const [sts] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM organisation WHERE code = 'STS'`);
    expect(
      (
        await admin.post('/api/accounts', {
          username: 'hr.sts',
          password: PASSWORD,
          roles: [{ role: 'hr_officer', scopeOrganisationId: sts.id }],
        })
      ).status,
    ).toBe(201);
    const other = await t.signIn('hr.sts', PASSWORD);
    expect((await other.get(`/api/attestation/sessions/${sessionId}`)).status).toBe(404);
    expect(((await other.get('/api/attestation/sessions')).body as { id: string }[]).some((s) => s.id === sessionId)).toBe(false);
    expect((await other.post(`/api/attestation/sessions/${sessionId}/cancel`)).status).toBe(404);
    expect((await other.post('/api/attestation/sessions', session({ title: 'Not mine', candidatePersonIds: [absent.id] }))).body.code).toBe(
      'organisation_not_found',
    );
    // Not the session's commission, not in scope: the servant cannot read it either.
    expect((await (await t.signIn('servant')).get(`/api/attestation/sessions/${sessionId}`)).status).toBe(404);

    const notes = (await a.client.get('/api/notifications/me')).body as { kind: string }[];
    expect(notes.some((n) => n.kind === 'attestation_invited')).toBe(true);
    expect(((await chair.get('/api/notifications/me')).body as { kind: string }[]).some((n) => n.kind === 'attestation_commission')).toBe(
      true,
    );
    await t.app.get(MailSendJob).sweep();
    const mails = (await a.client.get('/api/mail/me')).body as { subject: string; status: string; transport: string; text: string }[];
    const invitation = mails.find((m) => m.subject.includes('Integration session'));
    expect(invitation).toMatchObject({ status: 'sent', transport: 'file' });
    expect(invitation?.text).toContain('Bakı vaxtı');
    const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
    expect(files.some((f) => readFileSync(join(mailDir, f), 'utf8').includes('ATT0001@example.gov.az'.toLowerCase()))).toBe(true);
  });

  it('the exam starts only inside the window, only for a listed candidate, and records the session', async () => {
    expect((await a.client.post('/api/attempts', { templateId })).body.code).toBe('not_self_service');
    expect((await (await t.signIn('servant')).post(`/api/attestation/sessions/${sessionId}/attempt`)).status).toBe(404);
    await sql(t.databaseUrl, `UPDATE attestation_session SET starts_at = now() + interval '1 hour' WHERE id = $1`, [sessionId]);
    const early = await a.client.post(`/api/attestation/sessions/${sessionId}/attempt`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('window_not_open');
    await sql(t.databaseUrl, `UPDATE attestation_session SET starts_at = now() - interval '1 minute' WHERE id = $1`, [sessionId]);

    const attemptA = await sitExam(a.client, sessionId);
    const [row] = await sql<{ s: string; deadline: Date }>(
      t.databaseUrl,
      `SELECT attestation_session_id AS s, deadline FROM attempt WHERE id = $1`,
      [attemptA],
    );
    expect(row.s).toBe(sessionId);
    expect((await a.client.post(`/api/attestation/sessions/${sessionId}/attempt`)).body.code).toBe('attempt_finished');
    await sitExam(b.client, sessionId, ['IS1']);

    // The commission deliberates only after the window: one candidate has not finished yet.
    const early2 = await chair.post(`/api/attestation/candidates/${(await candidateOf(a.id)).id}/votes`, { outcome: 'meets' });
    expect(early2.status).toBe(409);
    expect(early2.body.code).toBe('window_not_closed');

    await sql(t.databaseUrl, `UPDATE attestation_session SET ends_at = now() - interval '1 second' WHERE id = $1`, [sessionId]);
    const late = await absent.client.post(`/api/attestation/sessions/${sessionId}/attempt`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('window_closed');
    const detail = (await hr.get(`/api/attestation/sessions/${sessionId}`)).body;
    expect(detail.status).toBe('closed');
    const byPerson = new Map((detail.candidateList as { personId: string; status: string; evidence: any }[]).map((c) => [c.personId, c]));
    expect(byPerson.get(absent.id)?.status).toBe('absent');
    expect(byPerson.get(a.id)?.evidence).toMatchObject({ recommendation: 'meets', complianceIndex: 1 });
    expect(byPerson.get(b.id)?.evidence).toMatchObject({ recommendation: 'does_not_meet', criticalNotMet: ['IS1'] });
  });

  it('each member votes once; the chair decides with the quorum; a decision other than the recommendation needs a justification', async () => {
    const ca = await candidateOf(a.id);
    const cb = await candidateOf(b.id);
    expect(
      (await admin.post('/api/accounts', { username: 'commission3', password: PASSWORD, roles: [{ role: 'commission_member' }] })).status,
    ).toBe(201);
    const outsider = await (
      await t.signIn('commission3', PASSWORD)
    ).post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'meets' });
    expect(outsider.status).toBe(403);
    expect(outsider.body.code).toBe('not_a_member');
    expect((await hr.post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'meets' })).status).toBe(403);
    expect((await chair.post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'sometimes' })).body.code).toBe('validation_failed');

    expect((await chair.post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'meets' })).status).toBe(201);
    const again = await chair.post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'meets' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_voted');
    const noQuorum = await chair.post(`/api/attestation/candidates/${ca.id}/decision`, {});
    expect(noQuorum.status).toBe(409);
    expect(noQuorum.body.code).toBe('quorum_not_reached');
    expect((await member.post(`/api/attestation/candidates/${ca.id}/votes`, { outcome: 'meets', comment: 'Clear pass' })).status).toBe(201);
    expect((await member.post(`/api/attestation/candidates/${ca.id}/decision`, {})).body.code).toBe('not_chair');
    const decided = await chair.post(`/api/attestation/candidates/${ca.id}/decision`, {});
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', decision: { outcome: 'meets', recommendation: 'meets', votes: { meets: 2 } } });

    // B: the recommendation is "does not meet" (IS1 is critical); the commission votes "subject to training".
    await chair.post(`/api/attestation/candidates/${cb.id}/votes`, { outcome: 'meets_subject_to_training' });
    await member.post(`/api/attestation/candidates/${cb.id}/votes`, { outcome: 'meets_subject_to_training' });
    const bare = await chair.post(`/api/attestation/candidates/${cb.id}/decision`, { justification: 'too short' });
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ code: 'justification_required', errors: [{ field: 'body.justification' }] });
    const justification = 'Completed IS1 course last month; the commission will re-check IS1 within the plan period.';
    const justified = await chair.post(`/api/attestation/candidates/${cb.id}/decision`, { justification });
    expect(justified.status).toBe(200);
    expect(justified.body.decision).toMatchObject({ outcome: 'meets_subject_to_training', recommendation: 'does_not_meet', justification });
    expect(justified.body.decision.trainingDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audit = await sql<{ details: { justification: string } }>(
      t.databaseUrl,
      `SELECT details FROM audit_event WHERE action = 'attestation.decision_justified' AND details->>'candidateId' = $1`,
      [cb.id],
    );
    expect(audit[0]?.details.justification).toBe(justification);
    // "Meets subject to training" creates the development plan, due by the deadline.
    const plan = (await b.client.get('/api/plans/me')).body as { items: { competencyCode: string; status: string; dueDate: string }[] };
    const is1 = plan.items.filter((i) => i.competencyCode === 'IS1');
    expect(is1.length).toBeGreaterThan(0);
    expect(is1.every((i) => i.status === 'accepted' && i.dueDate <= justified.body.decision.trainingDeadline)).toBe(true);
  });

  it('the HR analytics dashboard counts the pipeline from the same decisions', async () => {
    const [unit] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM organisation WHERE code = 'MDDT-EGOV-ES'`);
    const before = (await hr.get(`/api/analytics/compliance?orgId=${unit.id}`)).body.attestation;
    expect(before).toMatchObject({ available: true });
    // The absent candidate is still invited; A and B were decided this month.
    expect(before.scheduled).toBeGreaterThanOrEqual(1);
    expect(before.outcomes.meets).toBeGreaterThanOrEqual(1);
    expect(before.outcomes.meetsSubjectToTraining).toBeGreaterThanOrEqual(1);
    const specialists = (await hr.get(`/api/analytics/compliance?orgId=${unit.id}&positionCode=SPECIALIST`)).body.attestation;
    expect(specialists.decided).toBe(before.decided);
    const heads = (await hr.get(`/api/analytics/compliance?orgId=${unit.id}&positionCode=HEAD_OF_DEPARTMENT`)).body.attestation;
    expect(heads.decided).toBeLessThan(before.decided);
  });

  it('the chair closes the session; the protocol PDF carries every Azerbaijani letter', async () => {
    expect((await hr.post(`/api/attestation/sessions/${sessionId}/close`)).status).toBe(403);
    expect((await chair.get(`/api/attestation/sessions/${sessionId}/protocol`)).body.code).toBe('session_not_closed');
    const closed = await chair.post(`/api/attestation/sessions/${sessionId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('decided');
    const pdf = await download(hr, `/api/attestation/sessions/${sessionId}/protocol?lang=az`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    for (const letter of ['ə', 'ğ', 'ı', 'İ', 'ö', 'ş', 'ç', 'ü'])
      expect({ letter, found: text.includes(letter) }).toEqual({ letter, found: true });
    expect(text).toContain('Gülşən Məmmədova');
    expect(text).toContain('İlkin Göyçayev');
    expect(text).toContain('ATTESTASİYA KOMİSSİYASININ PROTOKOLU');
    expect(pdfText((await download(chair, `/api/attestation/sessions/${sessionId}/protocol?lang=ru`)).bytes)).toContain('ПРОТОКОЛ');
    expect((await download(hr, `/api/attestation/sessions/${sessionId}/protocol?lang=xx`)).status).toBe(400);
  });

  it('the issue job signs the certificate; it verifies publicly and with jose against the published JWKS only', async () => {
    const cert = await until('the certificate', async () => ((await a.client.get('/api/certificates/me')).body as any[])[0]);
    expect(cert).toMatchObject({ outcome: 'meets', status: 'valid', holderName: 'Gülşən Məmmədova' });
    expect(cert.competencies.map((c: { competencyCode: string; level: number }) => [c.competencyCode, c.level])).toEqual([
      ['ED1', 2],
      ['IS1', 2],
    ]);
    const v = await t.client().get(`/api/certificates/${cert.serial}/verify`);
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ status: 'valid', signatureValid: true, holderName: 'Gülşən Məmmədova', outcome: 'meets' });
    expect(v.text).not.toMatch(/ATT0001|example\.gov\.az|personalCode|email/i);
    expect(v.body.credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(v.body.credential.credentialStatus.type).toBe('BitstringStatusListEntry');

    // Only jose and the key document the platform publishes.
    const jwks = createRemoteJWKSet(new URL(`${t.baseUrl}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await compactVerify(v.body.jws, jwks);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(v.body.credential);

    // One changed byte of the payload: the signature no longer holds, for jose and for the platform.
    const [h, p, s] = (v.body.jws as string).split('.');
    const bytes = Buffer.from(p, 'base64url');
    const at = bytes.indexOf(Buffer.from('"validUntil":"')) + 14;
    bytes[at] = bytes[at] === 0x39 ? 0x38 : 0x39;
    const tampered = `${h}.${bytes.toString('base64url')}.${s}`;
    await expect(compactVerify(tampered, jwks)).rejects.toThrow();
    const check = await t.client().post('/api/credentials/verify', { credential: tampered });
    expect(check.body).toMatchObject({ valid: false, signatureValid: false, problems: ['bad_signature'], credential: null });
    const good = await t.client().post('/api/credentials/verify', {
      credential: { type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${v.body.jws}` },
    });
    expect(good.body).toMatchObject({ valid: true, signatureValid: true, serial: cert.serial, status: 'valid', problems: [] });

    const file = await a.client.get(`/api/certificates/${cert.serial}/credential`);
    expect(file.headers.get('content-disposition')).toContain(`${cert.serial}.credential.json`);
    expect(file.body).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `data:application/vc+jwt,${v.body.jws}`,
      type: 'EnvelopedVerifiableCredential',
    });
    const pdf = await download(a.client, `/api/certificates/${cert.serial}/pdf?lang=en`);
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain(cert.serial);
    expect(text).toContain('Gülşən Məmmədova');

    expect((await t.client().get('/api/certificates/NOT-A-SERIAL/verify')).body.code).toBe('malformed_serial');
    // Well formed (its check character matches) but never issued.
    const unknown = await t.client().get(`/api/certificates/${makeSerial(2026, new Uint8Array(9))}/verify`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('certificate_not_found');
    expect((await (await t.signIn('hr.sts', PASSWORD)).get(`/api/certificates/${cert.serial}`)).status).toBe(404);
    expect((await b.client.get(`/api/certificates/${cert.serial}/pdf`)).status).toBe(404);
  });

  it('an appeal reopens the decision; the changed decision revokes the earlier certificate in the status list', async () => {
    const cb = await candidateOf(b.id);
    const first = await until('B’s certificate', async () => ((await b.client.get('/api/certificates/me')).body as any[])[0]);
    expect(first).toMatchObject({ outcome: 'meets_subject_to_training', status: 'valid' });
    expect(first.note.en).toContain('Subject to training');
    const index = (await t.client().get(`/api/certificates/${first.serial}/verify`)).body.statusListIndex as number;
    const listUrl = (await t.client().get(`/api/certificates/${first.serial}/verify`)).body.statusListCredential as string;
    const listPath = new URL(listUrl).pathname;
    expect(statusBitOf((await t.client().get(listPath)).text, index)).toBe(false);

    expect(
      (await a.client.post(`/api/attestation/candidates/${cb.id}/appeal`, { reason: 'This is not my decision to appeal at all.' })).status,
    ).toBe(404);
    const appealed = await b.client.post(`/api/attestation/candidates/${cb.id}/appeal`, {
      reason: 'The IS1 questions were outside the published syllabus.',
    });
    expect(appealed.status).toBe(200);
    expect(appealed.body).toMatchObject({ status: 'appealed', canAppeal: false });
    expect(
      (await b.client.post(`/api/attestation/candidates/${cb.id}/appeal`, { reason: 'Once more, with a longer reason here.' })).body.code,
    ).toBe('already_appealed');

    await chair.post(`/api/attestation/candidates/${cb.id}/votes`, { outcome: 'does_not_meet' });
    await member.post(`/api/attestation/candidates/${cb.id}/votes`, { outcome: 'does_not_meet' });
    const second = await chair.post(`/api/attestation/candidates/${cb.id}/decision`, {});
    expect(second.body).toMatchObject({ round: 2, decision: { round: 2, outcome: 'does_not_meet' }, history: [{ round: 1 }] });
    expect(second.body.decision.retakeOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const after = (await t.client().get(`/api/certificates/${first.serial}/verify`)).body;
    expect(after).toMatchObject({ status: 'revoked', revocationReason: 'decision_changed_on_appeal', signatureValid: true });
    const list = await t.client().get(listPath);
    expect(list.headers.get('content-type')).toContain('application/vc+jwt');
    expect(statusBitOf(list.text, index)).toBe(true);
    const { payload } = await compactVerify(list.text, createRemoteJWKSet(new URL(`${t.baseUrl}/.well-known/jwks.json`)));
    expect(JSON.parse(new TextDecoder().decode(payload)).type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);

    // "Does not meet": no certificate.
    const refused = await hr.post(`/api/attestation/candidates/${cb.id}/certificate`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('decision_not_passing');
  });

  it('HR revokes a certificate with a reason: the status list and the verify endpoint show it; expiry reminders go out', async () => {
    const cert = ((await a.client.get('/api/certificates/me')).body as any[])[0];
    const index = (await t.client().get(`/api/certificates/${cert.serial}/verify`)).body.statusListIndex as number;
    const bad = await hr.post(`/api/certificates/${cert.serial}/revoke`, { reason: 'because', note: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.note', 'body.reason']);

    const remindAt = new Date(Date.parse(`${cert.validUntil}T00:00:00Z`) - 80 * 86_400_000);
    await t.app.get(ExpiryRemindersJob).runOnce(remindAt);
    expect(((await a.client.get('/api/notifications/me')).body as { kind: string }[]).some((n) => n.kind === 'certificate_expiring')).toBe(
      true,
    );

    const revoked = await hr.post(`/api/certificates/${cert.serial}/revoke`, { reason: 'issued_in_error', note: 'Wrong template used' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationReason: 'issued_in_error' });
    expect((await hr.post(`/api/certificates/${cert.serial}/revoke`, { reason: 'other', note: 'again' })).body.code).toBe(
      'already_revoked',
    );
    const v = (await t.client().get(`/api/certificates/${cert.serial}/verify`)).body;
    expect(v).toMatchObject({ status: 'revoked', revocationReason: 'issued_in_error' });
    expect(JSON.stringify(v)).not.toContain('Wrong template used');
    expect(statusBitOf((await t.client().get(new URL(v.statusListCredential).pathname)).text, index)).toBe(true);
    const check = await t.client().post('/api/credentials/verify', { credential: v.jws });
    expect(check.body).toMatchObject({ valid: false, signatureValid: true, problems: ['revoked'] });

    const actions = (await sql<{ action: string }>(t.databaseUrl, `SELECT DISTINCT action FROM audit_event`)).map((r) => r.action);
    for (const action of [
      'credentials.certificate_issued',
      'credentials.certificate_revoked',
      'attestation.decision',
      'attestation.vote_cast',
    ])
      expect(actions).toContain(action);
    expect((await admin.get('/api/audit/verify')).body.valid).toBe(true);
  });

  it('demo data: the servant may start the open session; the decided session’s certificates verify', async () => {
    const servant = await t.signIn('servant');
    const mine = (await servant.get('/api/attestation/me')).body as { session: { id: string }; canStart: boolean }[];
    expect(mine.find((m) => m.session.id === DEMO_OPEN_SESSION_ID)?.canStart).toBe(true);
    const past = (await hr.get(`/api/attestation/sessions/${DEMO_PAST_SESSION_ID}`)).body;
    expect(past.status).toBe('decided');
    const serials = (past.candidateList as { certificateSerial: string | null }[])
      .map((c) => c.certificateSerial)
      .filter(Boolean) as string[];
    expect(serials).toHaveLength(2);
    for (const serial of serials) expect((await t.client().get(`/api/certificates/${serial}/verify`)).body.status).toBe('valid');
    const due = (await hr.get('/api/attestation/due-candidates')).body as { personalCode: string; reasons: string[] }[];
    expect(due.find((d) => d.personalCode === 'AT001DM')?.reasons).toEqual(['certificate_expiring']);
    const jwks = (await t.client().get('/.well-known/jwks.json')).body;
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
    expect(decodeProtectedHeader(serials[0] ? (await t.client().get(`/api/certificates/${serials[0]}/verify`)).body.jws : '').kid).toBe(
      jwks.keys[0].kid,
    );
    expect(existsSync(mailDir)).toBe(true);
  });

  it('audits decisions, certificate issue and revocation, and the commission’s reads of candidates’ data (the chain stays intact)', async () => {
    const rows = await sql<{ action: string; purpose: string | null }>(
      t.databaseUrl,
      `SELECT DISTINCT action, purpose FROM audit_event WHERE action LIKE 'attestation.decision%' OR action LIKE 'credentials.certificate_%' OR action = 'identity.person_read'`,
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'attestation.decision',
        'attestation.decision_justified',
        'credentials.certificate_issued',
        'credentials.certificate_revoked',
        'identity.person_read',
      ]),
    );
    expect(rows).toEqual(expect.arrayContaining([{ action: 'identity.person_read', purpose: 'attestation review' }]));
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ valid: true });
  });
});

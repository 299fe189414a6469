import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut, t } from './support/demo';
import { seriousViolations } from './support/exam';

async function api(request: APIRequestContext, username: string, password = DEMO_PASSWORD) {
  const login = await request.post('/api/auth/login', { data: { login: username, password } });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  return {
    get: (path: string) => request.get(path, { headers }),
    post: (path: string, data: unknown = {}) => request.post(path, { headers, data }),
  };
}

const same = (text: string) => ({ az: text, ru: text, en: text });
const CANDIDATE_PASSWORD = 'an e2e candidate passphrase';

/**
 * An attestation form on ED1 whose answers the journey knows: the active ED1 items are retired
 * and two single-choice items (levels 1 and 2, correct option "B") are put in use.
 */
async function attestationFormOnEd1(request: APIRequestContext, stamp: number): Promise<string> {
  const admin = await api(request, 'admin');
  const reviewerPassword = 'an e2e reviewer passphrase';
  await admin.post('/api/accounts', { username: 'reviewer.e2e', password: reviewerPassword, roles: [{ role: 'methodologist' }] });
  const author = await api(request, 'methodologist');
  const reviewer = await api(request, 'reviewer.e2e', reviewerPassword);
  const active = (await (await author.get('/api/items?competencyCode=ED1&status=active&limit=500')).json()) as { items: { id: string }[] };
  for (const item of active.items) expect((await author.post(`/api/items/${item.id}/retire`, {})).ok()).toBe(true);
  for (const level of [1, 2]) {
    const created = await author.post('/api/items', {
      ref: `E2E-ATT-ED1-${level}-${stamp}`,
      content: {
        competencyCode: 'ED1',
        level,
        stem: same(`Elektron sənəd dövriyyəsi: attestasiya sualı ${level}`),
        interaction: { type: 'single_choice', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: same(id.toUpperCase()) })) },
        key: { type: 'single_choice', correct: 'b' },
        points: 1,
        explanation: same('B'),
        scenarioId: null,
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await reviewer.post(`/api/items/${id}/review`, {})).ok()).toBe(true);
    expect((await author.post(`/api/items/${id}/activate`, {})).ok()).toBe(true);
  }
  const title = `Attestasiya ED1 ${stamp}`;
  const template = await author.post('/api/assessment-templates', {
    title: same(title),
    purpose: 'attestation',
    blueprint: { source: 'chosen', competencies: ['ED1'], levels: 'all', itemsPerCell: 1 },
    timeLimitMinutes: 15,
    allowReview: false,
  });
  expect(template.status()).toBe(201);
  return title;
}

/** A specialist of the demo Ministry's e-services unit with an account of their own. */
async function newCandidate(request: APIRequestContext, stamp: number): Promise<{ username: string; code: string; name: string }> {
  const hr = await api(request, 'hr');
  const orgs = (await (await hr.get('/api/organisations')).json()) as { id: string; code: string }[];
  const code = `E2E${String(stamp).slice(-6)}`;
  const person = await hr.post('/api/persons', {
    personalCode: code,
    firstName: 'Şəbnəm',
    lastName: 'Rüstəmova',
    email: `${code.toLowerCase()}@example.gov.az`,
    organisationId: orgs.find((o) => o.code === 'MDDT-EGOV-ES')?.id,
    positionCode: 'SPECIALIST',
    positionTitle: 'Mütəxəssis',
  });
  expect(person.status()).toBe(201);
  const { id } = (await person.json()) as { id: string };
  const username = `attest.${code.toLowerCase()}`;
  const admin = await api(request, 'admin');
  const account = await admin.post('/api/accounts', {
    username,
    password: CANDIDATE_PASSWORD,
    personId: id,
    roles: [{ role: 'civil_servant' }],
  });
  expect(account.status()).toBe(201);
  return { username, code, name: 'Şəbnəm Rüstəmova' };
}

/** `yyyy-mm-ddThh:mm` in the browser's (and this process's) time zone. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function openSession(page: Page, navKey: string, title: string): Promise<void> {
  await page.getByRole('link', { name: t('az', navKey), exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test.describe('attestation', () => {
  test('HR schedules a session, the candidate sits the exam, two members vote, the chair closes, the candidate downloads the certificate and the verify page shows it valid', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(360_000);
    const stamp = Date.now();
    const formTitle = await attestationFormOnEd1(request, stamp);
    const candidate = await newCandidate(request, stamp);
    const sessionTitle = `E2E attestasiya ${stamp}`;

    // 1. HR schedules the session from the calendar: window from now, the form, the commission and the candidate.
    await signIn(page, 'hr');
    await page.getByRole('link', { name: t('az', 'attestation.nav.sessions') }).click();
    await expect(page).toHaveURL(/\/attestation\/sessions$/);
    await expect(page.getByTestId('pipeline-table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('schedule-link').click();
    await expect(page).toHaveURL(/\/attestation\/sessions\/new$/);
    await page.getByTestId('title').fill(sessionTitle);
    await page.getByTestId('starts-at').fill(localInput(new Date()));
    await page.getByTestId('ends-at').fill(localInput(new Date(Date.now() + 2 * 3_600_000)));
    await page.getByTestId('place').fill('Bakı, 305-ci otaq');
    await page.getByTestId('template').click();
    await page.getByRole('option', { name: formTitle }).click();
    await page.locator('[data-member="commission"] input').check();
    await page.locator('[data-member="commission2"] input').check();
    await page.getByTestId('chair').click();
    await page.getByRole('option', { name: 'Günay Əliyeva' }).click();
    // The candidate is new and has no certificate: proposed as due.
    const due = page.locator(`[data-testid="due-row"][data-person="${candidate.code}"]`);
    await expect(due).toContainText(t('az', 'attestation.due.no_certificate'));
    await due.getByRole('checkbox').check();
    await expect(page.getByTestId('chosen')).toContainText(candidate.name);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('schedule-submit').click();
    await expect(page).toHaveURL(/\/attestation\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sessionTitle);
    await expect(page.getByTestId('session-status')).toHaveText(t('az', 'attestation.sessionStatus.open'));
    await expect(page.getByTestId('quorum')).toHaveText(t('az', 'attestation.session.quorumText', { needed: '2', members: '2' }));
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page);

    // 2. The candidate starts the exam from their attestation page, inside the window, and finishes it.
    await signIn(page, candidate.username, CANDIDATE_PASSWORD);
    await page.getByRole('link', { name: t('az', 'attestation.nav.my') }).click();
    await expect(page).toHaveURL(/\/attestation\/my$/);
    const mine = page.getByTestId('my-session').filter({ hasText: sessionTitle });
    await expect(mine.getByTestId('candidate-status')).toHaveText(t('az', 'attestation.candidateStatus.invited'));
    expect(await seriousViolations(page)).toEqual([]);
    await mine.getByTestId('start-exam').click();
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);
    const cells = page.getByTestId('map-cell');
    await expect(cells).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      await expect(page.locator('#question-heading')).toHaveText(t('az', 'exam.question', { n: String(i + 1), total: '2' }));
      await page.getByTestId('single-choice').getByRole('radio', { name: 'B', exact: true }).check();
      await expect(cells.nth(i)).toHaveClass(/answered/);
      if (i === 0) await page.getByTestId('next').first().click();
    }
    await expect(page.getByTestId('save-status')).toHaveText(t('az', 'exam.save.saved'));
    await page.getByTestId('finish').first().click();
    await expect(page).toHaveURL(/\/result$/);
    await page.goto('/attestation/my');
    await expect(mine.getByTestId('candidate-status')).toHaveText(t('az', 'attestation.candidateStatus.attempted'));
    await signOut(page);

    // 3. The window is over for everyone (the only candidate finished): both members vote, the chair decides and closes.
    await signIn(page, 'commission2');
    await openSession(page, 'attestation.nav.commission', sessionTitle);
    const card = page.locator(`[data-testid="candidate"][data-person="${candidate.code}"]`);
    await expect(card.getByTestId('recommendation')).toHaveText(t('az', 'attestation.outcome.meets'));
    await expect(card.getByTestId('bar-chart')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByTestId('vote-meets').click();
    await card.getByTestId('cast-vote').click();
    await expect(page.getByTestId('session-message')).toHaveText(t('az', 'attestation.vote.done'));
    await expect(card.getByTestId('my-vote')).toBeVisible();
    await signOut(page);

    await signIn(page, 'commission');
    await openSession(page, 'attestation.nav.commission', sessionTitle);
    await card.getByTestId('vote-meets').click();
    await card.getByTestId('cast-vote').click();
    await expect(card.getByTestId('vote-count')).toContainText(t('az', 'attestation.session.votesCast', { cast: '2', needed: '2' }));
    await card.getByTestId('record-decision').click();
    await expect(card.getByTestId('candidate-decision')).toContainText(t('az', 'attestation.outcome.meets'));
    await page.getByTestId('close-session').click();
    await expect(page.getByTestId('session-status')).toHaveText(t('az', 'attestation.sessionStatus.decided'));
    await expect(page.getByTestId('protocol-az')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const protocol = page.waitForEvent('download');
    await page.getByTestId('protocol-az').click();
    expect((await protocol).suggestedFilename()).toMatch(/\.pdf$/);
    await signOut(page);

    // 4. The candidate finds the certificate (issued by the background job), downloads it and checks it publicly.
    await signIn(page, candidate.username, CANDIDATE_PASSWORD);
    await page.goto('/attestation/my');
    // The page reads sessions, decisions and certificates; give a busy machine time for all of them.
    await expect(mine.getByTestId('my-decision')).toContainText(t('az', 'attestation.outcome.meets'), { timeout: 30_000 });
    const row = page.getByTestId('certificate-row').first();
    await expect(row).toBeVisible({ timeout: 60_000 });
    const serial = (await row.getAttribute('data-serial')) as string;
    expect(serial).toMatch(/^ICT-\d{4}-[0-9A-Z]{10}$/);
    const pdf = page.waitForEvent('download');
    await row.getByTestId('download-pdf-az').click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toBe(`${serial}-az.pdf`);
    expect(
      readFileSync(await pdfFile.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const json = page.waitForEvent('download');
    await row.getByTestId('download-credential').click();
    const credential = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { type: string; id: string };
    expect(credential.type).toBe('EnvelopedVerifiableCredential');
    expect(credential.id.startsWith('data:application/vc+jwt,')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page);

    // Anyone, without signing in: the QR code's address shows the certificate as valid.
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    await visitor.goto(`/verify/${serial}`);
    await expect(visitor.getByTestId('verify-status')).toHaveText(t('az', 'attestation.verify.status.valid'));
    await expect(visitor.getByTestId('verify-holder')).toHaveText(candidate.name);
    const { keys } = (await (await request.get('/.well-known/jwks.json')).json()) as { keys: { kid: string }[] };
    await expect(visitor.getByTestId('verify-signature')).toHaveText(
      t('az', 'attestation.verify.signatureOk', { kid: keys[0].kid.slice(0, 16) }),
    );
    expect(await seriousViolations(visitor)).toEqual([]);
    // The downloaded credential file checks out as authentic.
    await visitor.getByTestId('check-input').fill(JSON.stringify(credential));
    await visitor.getByTestId('check-submit').click();
    await expect(visitor.getByTestId('check-result')).toContainText(t('az', 'attestation.verify.checkValid'));
    await anonymous.close();
  });
});

test.describe('attestation pages', () => {
  test('no serious accessibility violation on the other attestation pages, also in high contrast', async ({ page, browser, request }) => {
    test.setTimeout(240_000);
    const hr = await api(request, 'hr');
    const certificates = (await (await hr.get('/api/certificates')).json()) as { serial: string; sessionId: string }[];
    const demo = certificates.find((c) => c.sessionId === '8d6b4f3e-2a1c-4e5d-9f70-a11e57a70002') as { serial: string; sessionId: string };
    const visits: [string, string, string][] = [
      ['hr', '/attestation/certificates', 'attestation.certificates.heading'],
      ['hr', `/attestation/sessions/${demo.sessionId}`, ''],
      ['commission', '/attestation/commission', 'attestation.commission.heading'],
      ['servant', '/attestation/my', 'attestation.my.heading'],
      ['servant', '/attestation/mail', 'attestation.mail.heading'],
    ];
    const check = async (path: string, heading: string) => {
      await page.goto(path);
      if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', heading));
      else await expect(page.getByTestId('session-status')).toHaveText(t('az', 'attestation.sessionStatus.decided'));
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    };
    let who = '';
    for (const [user, path, heading] of visits) {
      if (user !== who) {
        if (who) await signOut(page);
        await signIn(page, user);
        who = user;
      }
      await check(path, heading);
    }
    // High contrast: the candidate's page with its chips and tables.
    await page.evaluate(() => localStorage.setItem('civics.highContrast', 'true'));
    await check('/attestation/my', 'attestation.my.heading');

    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    for (const highContrast of [false, true]) {
      await visitor.addInitScript((on) => localStorage.setItem('civics.highContrast', String(on)), highContrast);
      await visitor.goto(`/verify/${demo.serial}`);
      await expect(visitor.getByTestId('verify-status')).toHaveText(t('az', 'attestation.verify.status.valid'));
      await visitor.getByText(t('az', 'attestation.verify.showCredential')).click();
      expect(await seriousViolations(visitor)).toEqual([]);
    }
    await visitor.goto('/verify/ICT-2026-XXXX');
    await expect(visitor.getByTestId('verify-error')).toHaveText(t('az', 'attestation.errors.malformed_serial'));
    expect(await seriousViolations(visitor)).toEqual([]);
    await anonymous.close();
  });
});

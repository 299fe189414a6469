import { type APIRequestContext, expect, test } from '@playwright/test';
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
const ED_FOUND_TITLE_AZ = 'Elektron sənədlər və elektron imza praktikada';

/**
 * A civil servant of its own, on the demo servant's unit and position but never measured, so that
 * the other specs' answers (the adaptive diagnostic, the attestation exam) cannot close their gaps.
 */
async function freshServant(request: APIRequestContext): Promise<{ username: string; password: string; code: string }> {
  const admin = await api(request, 'admin');
  const organisations = (await (await admin.get('/api/organisations')).json()) as { id: string; code: string }[];
  const unit = organisations.find((o) => o.code === 'MDDT-EGOV-ES');
  expect(unit).toBeDefined();
  const code = `T${Date.now().toString(36).toUpperCase()}`;
  const person = await admin.post('/api/persons', {
    personalCode: code,
    firstName: 'Nigar',
    lastName: 'Quliyeva',
    organisationId: unit?.id,
    positionCode: 'SPECIALIST',
    positionTitle: 'Baş məsləhətçi',
  });
  expect(person.status()).toBe(201);
  const { id: personId } = (await person.json()) as { id: string };
  const username = `trainee.${code.toLowerCase()}`;
  const password = 'an e2e trainee passphrase';
  const account = await admin.post('/api/accounts', { username, password, personId, roles: [{ role: 'civil_servant' }] });
  expect(account.status()).toBe(201);
  return { username, password, code };
}

/**
 * A post-training test on ED1 whose items the journey can answer: the seed items of ED1 are
 * retired and two single-choice items (levels 1 and 2, correct option "B") are put in use.
 */
async function postTrainingTestOnEd1(request: APIRequestContext): Promise<string> {
  const admin = await api(request, 'admin');
  const reviewerPassword = 'an e2e reviewer passphrase';
  await admin.post('/api/accounts', { username: 'reviewer.e2e', password: reviewerPassword, roles: [{ role: 'methodologist' }] });
  const author = await api(request, 'methodologist');
  const reviewer = await api(request, 'reviewer.e2e', reviewerPassword);
  const active = (await (await author.get('/api/items?competencyCode=ED1&status=active&limit=500')).json()) as { items: { id: string }[] };
  for (const item of active.items) expect((await author.post(`/api/items/${item.id}/retire`, {})).ok()).toBe(true);
  for (const level of [1, 2]) {
    const created = await author.post('/api/items', {
      ref: `E2E-ED1-${level}-${Date.now()}`,
      content: {
        competencyCode: 'ED1',
        level,
        stem: same(`Elektron sənədin hüquqi qüvvəsi: sual ${level}`),
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
  const title = `Təlimdən sonrakı yoxlama ED1 ${Date.now()}`;
  const template = await author.post('/api/assessment-templates', {
    title: same(title),
    purpose: 'post_training',
    blueprint: { source: 'chosen', competencies: ['ED1'], levels: 'all', itemsPerCell: 1 },
    timeLimitMinutes: 10,
  });
  expect(template.status()).toBe(201);
  return title;
}

test.describe('training', () => {
  test('a civil servant sees the plan from their gaps, enrols, the provider records completion, the post-training test closes the item, and the effectiveness chart shows it', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const testTitle = await postTrainingTestOnEd1(request);
    const trainee = await freshServant(request);

    // 1. The civil servant opens the plan proposed from their gaps and enrols for ED1.
    await signIn(page, trainee.username, trainee.password);
    await page.getByRole('link', { name: t('az', 'training.nav.plan') }).click();
    await expect(page).toHaveURL(/\/training\/plan$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'training.plan.heading'));
    const ed1 = page.locator('[data-testid="plan-item"][data-competency="ED1"]');
    await expect(ed1).toHaveCount(1);
    await expect(ed1.getByTestId('plan-item-status')).toHaveText(t('az', 'training.plan.statuses.proposed'));
    await expect(ed1).toContainText(ED_FOUND_TITLE_AZ);
    expect(await seriousViolations(page)).toEqual([]);
    await ed1.getByTestId('plan-enrol').click();
    await expect(page.getByTestId('plan-message')).toHaveText(t('az', 'training.session.enrolled'));
    await expect(ed1.getByTestId('plan-item-status')).toHaveText(t('az', 'training.plan.statuses.accepted'));
    await expect(ed1).toContainText(t('az', 'training.enrolment.enrolled'));
    await signOut(page);

    // 2. The provider records the completion.
    await signIn(page, 'provider');
    await page.getByRole('link', { name: t('az', 'training.nav.courses') }).click();
    await expect(page).toHaveURL(/\/training\/courses$/);
    const course = page.getByTestId('provider-courses').getByRole('row').filter({ hasText: 'ED-FOUND' });
    await course.getByRole('button', { name: /\(\d+\)/ }).click();
    const servantRow = page.locator(`[data-testid="enrolment-row"][data-person="${trainee.code}"]`);
    const sessions = page.getByTestId('open-session');
    for (let i = 0; i < (await sessions.count()); i++) {
      await sessions.nth(i).click();
      await expect(page.getByTestId('enrolments-table')).toBeVisible();
      if (await servantRow.count()) break;
    }
    await expect(servantRow).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await servantRow.getByTestId('record-completed').click();
    await expect(servantRow).toContainText(t('az', 'training.enrolment.completed'));
    await signOut(page);

    // 3. Completion alone does not close the item; the post-training test does.
    await signIn(page, trainee.username, trainee.password);
    await page.goto('/training/plan');
    await expect(ed1.getByTestId('plan-item-status')).toHaveText(t('az', 'training.plan.statuses.accepted'));
    await expect(ed1).toContainText(t('az', 'training.enrolment.completed'));

    await page.goto('/tests');
    await page.getByTestId('template').filter({ hasText: testTitle }).getByTestId('start').click();
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);
    const cells = page.getByTestId('map-cell');
    await expect(cells).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('single-choice').getByRole('radio', { name: 'B', exact: true }).check();
      await expect(cells.nth(i)).toHaveClass(/answered/);
      if (i === 0) await page.getByTestId('next').first().click();
    }
    await expect(page.getByTestId('save-status')).toHaveText(t('az', 'exam.save.saved'));
    await page.getByTestId('finish').first().click();
    await expect(page).toHaveURL(/\/result$/);

    await page.goto('/training/plan');
    await expect(ed1.getByTestId('plan-item-status')).toHaveText(t('az', 'training.plan.statuses.closed'));
    await signOut(page);

    // 4. The effectiveness of the course now counts the servant among its measured completers.
    await signIn(page, 'methodologist');
    await page.getByRole('link', { name: t('az', 'training.nav.effectiveness') }).click();
    await expect(page).toHaveURL(/\/training\/effectiveness$/);
    await expect(page.getByTestId('bar-chart').first()).toBeVisible();
    const row = page.getByTestId('effect-row').filter({ hasText: ED_FOUND_TITLE_AZ });
    await expect(row.locator('td').nth(0)).toHaveText('9');
    await expect(row.locator('td').nth(1)).toContainText(/^9 \/ \d+$/);
    await expect(page.getByTestId('too-few').first()).toHaveText(t('az', 'training.effect.tooFew', { min: '5' }));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the public catalogue filters and searches, and the library lists resources and providers', async ({ page }) => {
    await signIn(page, 'hr');
    await page.getByRole('link', { name: t('az', 'training.nav.catalogue') }).click();
    await expect(page).toHaveURL(/\/training\/catalogue$/);
    const count = page.getByTestId('course-card');
    await expect(count.first()).toBeVisible();
    const all = await count.count();
    expect(all).toBeGreaterThanOrEqual(25);
    await page.getByTestId('catalogue-search').fill('BPMN');
    await page.getByTestId('catalogue-search').press('Enter');
    await expect(count).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/training/library');
    await expect(page.getByTestId('resources').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('providers').locator(':scope > li')).toHaveCount(2);
    expect(await seriousViolations(page)).toEqual([]);
  });
  test('a provider drafts a course (an unknown competency is named), the methodologist refuses it with a comment, the provider sees why', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const code = `E2E-${Date.now() % 100000}`;
    await signIn(page, 'provider');
    await page.goto('/training/courses');
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: t('az', 'training.provider.create') }) });
    await form.getByLabel(t('az', 'training.provider.code')).fill(code);
    for (const [l, name] of [
      ['az', 'Azərbaycanca'],
      ['ru', 'Русский'],
      ['en', 'English'],
    ] as const) {
      await form.getByLabel(t('az', 'training.provider.title', { language: t('az', `languages.${l}`) })).fill(`Kurs ${name}`);
      await form.getByLabel(t('az', 'training.provider.description', { language: t('az', `languages.${l}`) })).fill(`Təsvir ${name}`);
    }
    await form.getByLabel(t('az', 'training.competency'), { exact: true }).fill('ZZ9');
    await form.getByRole('button', { name: t('az', 'training.provider.create') }).click();
    await expect(page.getByTestId('problems')).toContainText('ZZ9');
    await form.getByLabel(t('az', 'training.competency'), { exact: true }).fill('EG1');
    await form.getByRole('button', { name: t('az', 'training.provider.create') }).click();
    await expect(page.getByTestId('provider-message')).toHaveText(t('az', 'training.provider.created'));
    const row = page.getByTestId('provider-courses').getByRole('row').filter({ hasText: code });
    await expect(row).toContainText(t('az', 'training.courseStatus.draft'));
    await row.getByRole('button', { name: t('az', 'training.provider.submit') }).click();
    await expect(row).toContainText(t('az', 'training.courseStatus.submitted'));
    await signOut(page);

    await signIn(page, 'methodologist');
    await page.getByRole('link', { name: t('az', 'training.nav.review') }).click();
    const card = page.getByTestId('review-card').filter({ hasText: code });
    await expect(card).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByLabel(t('az', 'training.review.comment')).fill('Hüquqi əsaslar modulunu əlavə edin');
    await card.getByRole('button', { name: t('az', 'training.review.reject') }).click();
    await expect(card).toHaveCount(0);
    await signOut(page);

    await signIn(page, 'provider');
    await page.goto('/training/courses');
    await expect(row).toContainText(t('az', 'training.courseStatus.rejected'));
    await expect(row).toContainText('Hüquqi əsaslar modulunu əlavə edin');
    await expect(row.getByRole('button', { name: t('az', 'training.provider.edit') })).toBeVisible();
  });
});

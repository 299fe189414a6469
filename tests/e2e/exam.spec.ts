import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, t } from './support/demo';
import { type Kind, answerWithKeyboard, kindOf, seriousViolations, tabTo, textPattern } from './support/exam';

test.describe('exam', () => {
  test('a civil servant takes the information security check with the keyboard, offline and back, and sees the result', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, 'servant');
    await page.getByRole('link', { name: t('az', 'exam.nav.tests') }).click();
    await expect(page).toHaveURL(/\/tests$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'exam.tests.heading'));

    const card = page.getByTestId('template').filter({ hasText: 'İnformasiya təhlükəsizliyi' });
    await expect(card).toHaveCount(1);
    await card.getByTestId('start').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);

    const status = page.getByTestId('save-status');
    await expect(status).toHaveText(t('az', 'exam.save.saved'));
    await expect(page.getByTestId('timer')).toContainText(/\d\d:\d\d/);
    const cells = page.getByTestId('map-cell');
    const total = await cells.count();
    expect(total).toBe(8); // IS1 and IS2, one item per level
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#question-heading').focus();
    const seen = new Set<Kind>();
    for (let i = 0; i < total; i++) {
      await expect(page.locator('#question-heading')).toHaveText(t('az', 'exam.question', { n: String(i + 1), total: String(total) }));
      await expect(cells.nth(i)).toHaveAttribute('aria-current', 'step');
      const kind = await kindOf(page);
      seen.add(kind);

      if (i === 2) {
        // The connection drops while answering: the answer waits in IndexedDB and the status says so.
        await context.setOffline(true);
        await answerWithKeyboard(page, kind);
        await expect(status).toHaveText(textPattern('exam.save.offlineWaiting'));
        await expect(cells.nth(i)).toHaveClass(/answered/);
        await context.setOffline(false);
        await expect(status).toHaveText(t('az', 'exam.save.saved'), { timeout: 15_000 });
      } else if (i === 4) {
        // The server cannot be reached and the page is reloaded: the answer kept in IndexedDB is
        // laid over the server state again and sent once the server answers.
        await page.route('**/api/attempts/*/responses/*', (route) => route.abort('connectionfailed'));
        await answerWithKeyboard(page, kind);
        await expect(status).toHaveText(textPattern('exam.save.offlineWaiting'));
        await page.reload();
        await expect(cells.nth(i)).toHaveClass(/answered/);
        await expect(status).toHaveText(textPattern('exam.save.offlineWaiting'));
        await page.unroute('**/api/attempts/*/responses/*');
        await expect(status).toHaveText(t('az', 'exam.save.saved'), { timeout: 20_000 });
        await page.locator('#question-heading').focus();
      } else {
        await answerWithKeyboard(page, kind);
        await expect(cells.nth(i)).toHaveClass(/answered/);
      }
      if (i === 0) {
        // Flag the first question for review with the keyboard.
        // (A resumed attempt may have it flagged already: Enter toggles it either way.)
        const flag = page.getByTestId('flag');
        await tabTo(page, '[data-testid="flag"]');
        const before = await flag.getAttribute('aria-pressed');
        await page.keyboard.press('Enter');
        await expect(flag).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
        if (before === 'true') {
          await page.keyboard.press('Enter');
          await expect(flag).toHaveAttribute('aria-pressed', 'true');
        }
        await expect(cells.nth(0)).toHaveAccessibleName(new RegExp(t('az', 'exam.map.flagged')));
      }
      if (i < total - 1) {
        await tabTo(page, '[data-testid="next"]');
        await page.keyboard.press('Enter');
        await expect(page.locator('#question-heading')).toBeFocused();
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    await expect(status).toHaveText(t('az', 'exam.save.saved'));
    await expect(page.getByTestId('map-cell').and(page.locator('.answered'))).toHaveCount(total);

    // Every answer reached the server: a reload (fresh state from the API) shows them all answered.
    await page.reload();
    await expect(page.getByTestId('map-cell').and(page.locator('.answered'))).toHaveCount(total);

    await page.locator('#question-heading').focus();
    await tabTo(page, '[data-testid="finish"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}\/result$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'exam.result.heading'));
    await expect(page.getByTestId('radar-chart')).toBeVisible();
    const rows = page.getByTestId('gaps-table').getByTestId('gap-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('IS1');
    await expect(page.getByTestId('compliance-index')).toContainText('%');
    await expect(page.getByTestId('review').getByRole('listitem')).toHaveCount(total);
    expect(await seriousViolations(page)).toEqual([]);

    // The competency profile now shows IS1 and IS2 as measured, beside the radar and the CI.
    await page.getByRole('link', { name: t('az', 'profile.nav') }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'profile.heading'));
    await expect(page.getByTestId('radar-chart')).toBeVisible();
    await expect(page.getByTestId('compliance-index')).toContainText('%');
    const is1 = page.getByTestId('profile-row').filter({ hasText: 'IS1' });
    await expect(is1).not.toContainText(t('az', 'profile.notMeasured'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('exam clock', () => {
  test('a one-minute linear test warns once and submits itself when the time is up', async ({ page, request }) => {
    test.setTimeout(150_000);
    // A methodologist sets up a one-minute linear test (through the API).
    const login = await request.post('/api/auth/login', { data: { login: 'methodologist', password: DEMO_PASSWORD } });
    expect(login.ok()).toBe(true);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const title = `Bir dəqiqəlik yoxlama ${Date.now()}`;
    const created = await request.post('/api/assessment-templates', {
      headers: { authorization: `Bearer ${accessToken}` },
      data: {
        title: { az: title, ru: title, en: title },
        purpose: 'diagnostic',
        blueprint: { source: 'chosen', competencies: ['IS1'], levels: 'all', itemsPerCell: 1 },
        timeLimitMinutes: 1,
        navigation: 'linear',
      },
    });
    expect(created.status()).toBe(201);

    await signIn(page, 'servant');
    await page.goto('/tests');
    await page.getByTestId('template').filter({ hasText: title }).getByTestId('start').click();
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);

    // Linear: no way back, and the map offers only the next question.
    await expect(page.getByTestId('previous')).toHaveCount(0);
    const cells = page.getByTestId('map-cell');
    await expect(cells.nth(1)).toBeEnabled();
    await expect(cells.nth(2)).toBeDisabled();

    // Finishing with unanswered questions asks first, listing them.
    await page.getByTestId('finish').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText(t('az', 'exam.unanswered.title'));
    await expect(dialog.getByTestId('unanswered-list').getByRole('listitem')).toHaveCount(4);
    await dialog.getByTestId('back-to-test').click();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);

    // One polite announcement (not one per second), then the test is submitted at the deadline.
    const warning = page.getByTestId('time-warning');
    await expect(warning).toHaveText(t('az', 'exam.timer.warn1'));
    await expect(warning).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('[role="timer"]')).not.toHaveAttribute('aria-live', /.+/);
    await expect(page).toHaveURL(/\/result$/, { timeout: 90_000 });
    await expect(page.getByTestId('gaps-table').getByTestId('gap-row')).toHaveCount(1);
  });
});

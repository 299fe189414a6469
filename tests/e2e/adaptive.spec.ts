import { expect, test } from '@playwright/test';
import { signIn, t } from './support/demo';
import { answerWithKeyboard, kindOf, seriousViolations, tabTo } from './support/exam';

test.describe('adaptive diagnostic', () => {
  test('a civil servant completes an adaptive diagnostic and sees levels with their uncertainty and the decision trail', async ({
    page,
  }) => {
    test.setTimeout(360_000);
    await signIn(page, 'servant');
    await page.getByRole('link', { name: t('az', 'exam.nav.tests') }).click();
    const card = page.getByTestId('template').filter({ hasText: 'Adaptiv diaqnostika' });
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('template-mode')).toHaveText(t('az', 'exam.mode.adaptive'));
    await card.getByTestId('start').click();
    await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('adaptive-progress')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('adaptive-exam.png'), fullPage: true });

    const done = page.getByTestId('adaptive-done');
    // A retry resumes the attempt of the first try: count on from the question it shows.
    const first = (await done.isVisible()) ? 1 : Number((await page.locator('#question-heading').innerText()).match(/\d+/)?.[0] ?? 1);
    let asked = first - 1;
    for (; asked < 120 && !(await done.isVisible()); asked++) {
      await expect(page.locator('#question-heading')).toHaveText(t('az', 'exam.adaptive.question', { n: String(asked + 1) }));
      await page.locator('#question-heading').focus();
      await answerWithKeyboard(page, await kindOf(page));
      await expect(page.getByTestId('save-status')).toHaveText(t('az', 'exam.save.saved'));
      await tabTo(page, '[data-testid="next"]');
      await page.keyboard.press('Enter');
      // Either the next question (a new number) or the end of the test.
      await expect(page.locator('#question-heading, [data-testid="adaptive-done"]').first()).toBeVisible();
      await expect
        .poll(async () => (await done.isVisible()) || (await page.locator('#question-heading').innerText()).includes(String(asked + 2)))
        .toBe(true);
    }
    await expect(done).toBeVisible();
    expect(asked).toBeGreaterThan(1);

    await page.getByTestId('finish').click();
    await expect(page).toHaveURL(/\/result$/);
    await expect(page.getByTestId('radar-chart')).toBeVisible();
    const rows = page.getByTestId('gap-row');
    expect(await rows.count()).toBeGreaterThan(0);
    // Every measured competency shows its level with the range its 95% interval spans.
    await expect(page.getByTestId('uncertainty')).toHaveCount(await rows.count());
    await expect(page.getByTestId('trail-table').locator('tbody tr')).toHaveCount(asked);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('adaptive-result.png'), fullPage: true });
  });

  test('a methodologist sees item statistics and the calibration readiness', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'methodologist');
    await page.getByRole('link', { name: t('az', 'items.nav.quality') }).click();
    await expect(page).toHaveURL(/\/items\/quality$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'items.quality.heading'));
    await expect(page.getByTestId('quality-row').first()).toBeVisible();
    await expect(page.getByTestId('scatter-chart')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('item-quality.png') });

    await page.getByTestId('calibration-link').click();
    await expect(page).toHaveURL(/\/items\/calibration$/);
    await expect(page.getByTestId('readiness-row')).toHaveCount(16);
    await expect(page.getByTestId('readiness-row').first()).toContainText(t('az', 'items.calibration.notReady'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('calibration.png'), fullPage: true });
  });
});

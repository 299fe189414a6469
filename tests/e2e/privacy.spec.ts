import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signIn, signOut, t } from './support/demo';
import { seriousViolations } from './support/exam';

test.describe('personal data', () => {
  test('HR opens the servant’s file stating a purpose; the servant sees it on “Who used my data” and downloads the export', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const purpose = `Preparing the attestation list ${Date.now()}`;

    await signIn(page, 'hr');
    await page.getByRole('link', { name: t('az', 'privacy.nav.personFile') }).click();
    await expect(page).toHaveURL(/\/privacy\/person-file$/);
    await page.getByTestId('person-search').fill('5ZK3P1A');
    await page.getByTestId('person-search').press('Enter');
    await expect(page.getByTestId('person-results')).toContainText('Aysel Məmmədova');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('open-file').first().click();

    // The file stays closed until a purpose is given.
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(t('az', 'privacy.file.purposeTitle'));
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByTestId('purpose-confirm').click();
    await expect(dialog.getByRole('alert')).toHaveText(t('az', 'privacy.file.purposeTooShort'));
    await expect(page.getByTestId('person-file')).toHaveCount(0);
    await dialog.getByTestId('purpose-input').fill(purpose);
    await dialog.getByTestId('purpose-confirm').click();
    await expect(page.getByTestId('person-file')).toContainText('5ZK3P1A');
    await signOut(page);

    await signIn(page, 'servant');
    await page.getByTestId('account-menu').click();
    await page.getByTestId('menu-my-data').click();
    await expect(page).toHaveURL(/\/privacy\/my-data$/);
    const row = page.getByTestId('access-log').getByRole('row').filter({ hasText: purpose });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(t('az', 'privacy.action.identity_person_read'));
    await expect(row).toContainText(t('az', 'roles.hr_officer'));
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toBe('my-data.json');
    const data = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(data.person.personal_code).toBe('5ZK3P1A');
    expect(data.accessLog.some((e: { purpose: string }) => e.purpose === purpose)).toBe(true);
  });

  test('the Security page lists my sessions and signs out everywhere', async ({ page }) => {
    await signIn(page, 'servant');
    await page.getByTestId('account-menu').click();
    await page.getByTestId('menu-security').click();
    await expect(page).toHaveURL(/\/privacy\/security$/);
    await expect(page.getByTestId('sessions')).toContainText(t('az', 'privacy.security.current'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('revoke-all').click();
    await page.getByTestId('confirm').click();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

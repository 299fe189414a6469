import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut, t, tPattern } from './support/demo';

test.describe('signing in and out', () => {
  test('the pages load under the API security policy without script or policy errors', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) {
        problems.push(message.text());
      }
    });
    await signIn(page, 'methodologist');
    await page.goto('/home/methodology');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'roles.methodologist'));
    // The full stylesheet applied (not only inlined critical CSS): the toolbar has Material's layout.
    await expect(page.locator('mat-toolbar')).toHaveCSS('display', 'flex');
    expect(problems).toEqual([]);
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} sees the ${account.role} home page and navigation`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in$/);

      await signIn(page, account.username);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tPattern('az', 'home.welcome'));
      await expect(page.locator(`[data-role=${account.role}]`)).toBeVisible();

      const nav = page.getByRole('navigation', { name: t('az', 'nav.label') });
      await expect(nav.getByRole('link', { name: t('az', 'nav.home'), exact: true })).toBeVisible();
      await expect(nav.getByRole('link', { name: t('az', account.nav), exact: true })).toBeVisible();
      for (const other of DEMO_ACCOUNTS.filter((a) => a.role !== account.role)) {
        await expect(nav.getByRole('link', { name: t('az', other.nav), exact: true })).toHaveCount(0);
      }

      await nav.getByRole('link', { name: t('az', account.nav), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${account.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', `roles.${account.role}`));
      await expect(page).toHaveTitle(new RegExp(t('az', `roles.${account.role}`)));

      await signOut(page);
      // The session is gone on the server too: a reload does not restore it.
      await page.goto('/home');
      await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fhome$/);
    });
  }

  test('a wrong password is refused with an explanation and the form stays usable', async ({ page }) => {
    await page.goto('/sign-in');
    // One failure only: repeated failures would lock the demo account for the other tests.
    await page.getByTestId('login').fill('commission');
    await page.getByTestId('password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByRole('alert')).toHaveText(t('az', 'errors.invalidCredentials'));
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('empty fields are named without calling the server', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByText(t('az', 'errors.required'))).toHaveCount(2);
    await expect(page.getByTestId('login')).toBeFocused();
  });

  test('a reload keeps the person signed in (refresh cookie) and a protected page returns after sign-in', async ({ page }) => {
    await page.goto('/home/hr');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fhome%2Fhr$/);
    await page.getByTestId('login').fill('hr');
    await page.getByTestId('password').fill('Demo-Password-2026');
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(/\/home\/hr$/);
    await page.reload();
    await expect(page).toHaveURL(/\/home\/hr$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'roles.hr_officer'));
  });

  test('a role page of another role sends the person home', async ({ page }) => {
    await signIn(page, 'servant');
    await page.goto('/home/admin');
    await expect(page).toHaveURL(/\/home$/);
  });
});

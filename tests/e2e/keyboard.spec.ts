import { type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, t } from './support/demo';

/** Presses Tab until `target` has focus; fails if it is not reachable within `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) {
      return;
    }
  }
  throw new Error(`${testId} not reached with Tab`);
}

test.describe('keyboard only', () => {
  test('signs in with Tab and Enter, then skips to the main content', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The first stop on every page is the skip link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t('az', 'app.skipToMain') })).toBeFocused();

    await tabTo(page, 'login');
    await page.keyboard.type('servant');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('password')).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Focus moved to the new page, as a page load would.
    await expect(page.locator('#main-content')).toBeFocused();

    // From the top of a page, the skip link jumps over toolbar and navigation.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t('az', 'app.skipToMain') });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();

    // The account menu opens and signs out from the keyboard.
    await page.getByTestId('account-menu').focus();
    await page.keyboard.press('Enter');
    // The first item has focus; the arrow keys walk down to "sign out".
    await expect(page.getByRole('menuitem').first()).toBeFocused();
    const signOutItem = page.getByRole('menuitem', { name: t('az', 'account.signOut') });
    for (let i = 0; i < 5 && !(await signOutItem.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('ArrowDown');
    await expect(signOutItem).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('the language switch works with the keyboard', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('radio', { name: /^RU\b/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ru', 'signIn.heading'));
  });
});

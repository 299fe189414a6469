import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { signIn } from './support/demo';

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

async function settle(page: Page): Promise<void> {
  // Let Material's entry animations finish so colours are measured at rest.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

for (const highContrast of [false, true]) {
  test.describe(highContrast ? 'accessibility (high contrast)' : 'accessibility', () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((on) => localStorage.setItem('civics.highContrast', String(on)), highContrast);
    });

    test('the sign-in page, also with its error shown', async ({ page }) => {
      await page.goto('/sign-in');
      await settle(page);
      expect(await seriousViolations(page)).toEqual([]);

      // An unknown account: wrong passwords for a demo account would count towards its lockout.
      await page.getByTestId('login').fill('nobody-here');
      await page.getByTestId('password').fill('wrong-password');
      await page.getByTestId('sign-in-submit').click();
      await expect(page.getByRole('alert')).not.toBeEmpty();
      await settle(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the shell with the home page and a role page', async ({ page }) => {
      await signIn(page, 'hr');
      await settle(page);
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto('/home/hr');
      await settle(page);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByTestId('account-menu').click();
      await settle(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

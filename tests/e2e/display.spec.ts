import { expect, test } from '@playwright/test';
import { t } from './support/demo';

test('larger text and high contrast switch on, grow the text and are remembered', async ({ page }) => {
  await page.goto('/sign-in');
  const html = page.locator('html');
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));

  const display = page.getByRole('group', { name: t('az', 'prefs.display') });
  await display.getByRole('button', { name: t('az', 'prefs.largeText') }).click();
  await display.getByRole('button', { name: t('az', 'prefs.highContrast') }).click();
  await expect(html).toHaveClass(/\blarge-text\b/);
  await expect(html).toHaveClass(/\bhigh-contrast\b/);
  await expect(display.getByRole('button', { name: t('az', 'prefs.largeText') })).toHaveAttribute('aria-pressed', 'true');
  const after = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(after).toBeGreaterThan(before * 1.2);

  await page.reload();
  await expect(html).toHaveClass(/\blarge-text\b/);
  await expect(html).toHaveClass(/\bhigh-contrast\b/);
  // High contrast: black text on white.
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
});

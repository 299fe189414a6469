import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Language, signIn } from './support/demo';

// Not a check: writes pictures of the sign-in and home pages in each language for people to look
// at (tests/e2e/screenshots/, not committed). Run: npx playwright test -c tests/e2e --project=screenshots
const OUT = resolve(__dirname, 'screenshots');
mkdirSync(OUT, { recursive: true });

for (const language of ['az', 'ru', 'en'] as Language[]) {
  test(`screenshots in ${language}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.addInitScript((l) => localStorage.setItem('civics.language', l), language);
    await page.goto('/sign-in');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(OUT, `sign-in-${language}.png`), fullPage: true });

    await signIn(page, 'hr');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(OUT, `home-hr-${language}.png`), fullPage: true });

    await page.goto('/home/hr');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(OUT, `role-hr-${language}.png`), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/home');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(OUT, `home-hr-${language}-phone.png`), fullPage: true });
  });
}

import { type Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Language, signIn, signOut } from './support/demo';

// Not a check: pictures of the training pages in each language (tests/e2e/screenshots/, not committed).
// Run: npx playwright test -c tests/e2e/playwright.config.ts --project=screenshots tests/e2e/training-screenshots.spec.ts
const OUT = resolve(__dirname, 'screenshots');
mkdirSync(OUT, { recursive: true });

async function shoot(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage: true });
}

for (const language of ['az', 'ru', 'en'] as Language[]) {
  test(`training pages in ${language}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript((l) => localStorage.setItem('civics.language', l), language);
    await signIn(page, 'servant');
    await shoot(page, '/training/catalogue', `training-catalogue-${language}`);
    await shoot(page, '/training/plan', `training-plan-${language}`);
    await signOut(page, language);
    await signIn(page, 'methodologist');
    await shoot(page, '/training/effectiveness', `training-effectiveness-${language}`);
    await shoot(page, '/training/library', `training-library-${language}`);
    await signOut(page, language);
    await signIn(page, 'provider');
    await shoot(page, '/training/courses', `training-provider-courses-${language}`);
  });
}

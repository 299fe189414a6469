import { type Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Language, signIn, signOut } from './support/demo';
import { PHONE } from './support/layout';
import { createTest, startTest } from './support/own-test';

// Not a check: pictures of every main page in each language, at desktop and phone width, for
// people to look at (tests/e2e/screenshots/, not committed).
// Run: npx playwright test -c tests/e2e/playwright.config.ts --project=screenshots
const OUT = resolve(__dirname, 'screenshots');
mkdirSync(OUT, { recursive: true });

const DESKTOP = { width: 1280, height: 860 };
const LANGUAGES: Language[] = ['az', 'ru', 'en'];

/** The main pages of each role, by account. */
const PAGES: Record<string, readonly { name: string; path: string }[]> = {
  servant: [
    { name: 'home', path: '/home' },
    { name: 'tests', path: '/tests' },
    { name: 'profile', path: '/profile' },
    { name: 'training-plan', path: '/training/plan' },
    { name: 'training-catalogue', path: '/training/catalogue' },
    { name: 'my-attestation', path: '/attestation/my' },
    { name: 'framework', path: '/framework' },
  ],
  hr: [
    { name: 'dashboard', path: '/analytics' },
    { name: 'roster', path: '/analytics/roster' },
    { name: 'reports', path: '/analytics/reports' },
    { name: 'sessions', path: '/attestation/sessions' },
    { name: 'training-people', path: '/training/people' },
  ],
  commission: [{ name: 'commission', path: '/attestation/commission' }],
  provider: [
    { name: 'courses', path: '/training/courses' },
    { name: 'effectiveness', path: '/training/effectiveness' },
  ],
  methodologist: [
    { name: 'methodology', path: '/methodology' },
    { name: 'items', path: '/items' },
    { name: 'item-quality', path: '/items/quality' },
  ],
  admin: [{ name: 'admin-home', path: '/home/admin' }],
};

async function shoot(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: resolve(OUT, `${name}-${size}.png`), fullPage: size === 'phone' });
  }
}

for (const language of LANGUAGES) {
  test(`screenshots in ${language}`, async ({ page, request }) => {
    test.setTimeout(600_000);
    await page.addInitScript((l) => localStorage.setItem('civics.language', l), language);
    await page.goto('/sign-in');
    await shoot(page, `sign-in-${language}`);

    const run = String(Date.now() % 100_000);
    const titles = {
      az: `İnformasiya təhlükəsizliyi: qısa yoxlama ${run}`,
      ru: `Информационная безопасность: короткая проверка ${run}`,
      en: `Information security: a short check ${run}`,
    };
    await createTest(request, titles);
    for (const [account, pages] of Object.entries(PAGES)) {
      await page.setViewportSize(DESKTOP);
      await signIn(page, account);
      for (const { name, path } of pages) {
        await page.goto(path);
        await shoot(page, `${name}-${language}`);
      }
      if (account === 'servant') {
        await startTest(page, titles[language], language);
        await shoot(page, `exam-${language}`);
      }
      await signOut(page, language);
    }
  });
}

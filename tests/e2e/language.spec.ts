import { type Page, expect, test } from '@playwright/test';
import { type Language, signIn, t, tPattern } from './support/demo';

async function chooseLanguage(page: Page, language: Language): Promise<void> {
  // The switch is labelled in the current language, whichever that is.
  const label = new RegExp(`^(${(['az', 'ru', 'en'] as const).map((l) => t(l, 'prefs.language')).join('|')})$`);
  const group = page.getByRole('radiogroup', { name: label });
  await group.getByRole('radio', { name: new RegExp(`^${language.toUpperCase()}\\b`) }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test.describe('language', () => {
  test('the sign-in page switches to Russian and English and remembers the choice', async ({ page }) => {
    await page.goto('/sign-in');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(t('az', 'signIn.heading'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');

    await chooseLanguage(page, 'ru');
    await expect(heading).toHaveText(t('ru', 'signIn.heading'));
    await expect(page.getByLabel(t('ru', 'signIn.password'), { exact: false }).first()).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(t('ru', 'title.signIn')));

    await chooseLanguage(page, 'en');
    await expect(heading).toHaveText(t('en', 'signIn.heading'));
    expect(t('en', 'signIn.heading')).not.toBe(t('ru', 'signIn.heading'));

    await page.reload();
    await expect(heading).toHaveText(t('en', 'signIn.heading'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the signed-in shell follows the language switch', async ({ page }) => {
    await signIn(page, 'servant');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(tPattern('az', 'home.welcome'));

    await chooseLanguage(page, 'ru');
    await expect(heading).toHaveText(tPattern('ru', 'home.welcome'));
    await expect(page.getByRole('link', { name: t('ru', 'nav.servant') })).toBeVisible();

    await chooseLanguage(page, 'en');
    await expect(heading).toHaveText(tPattern('en', 'home.welcome'));
    await expect(page.getByRole('link', { name: t('en', 'nav.servant') })).toBeVisible();
  });
});

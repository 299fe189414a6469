import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { type Language, signIn, t } from './support/demo';

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400); // let Material's entry animations finish
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const label = new RegExp(`^(${(['az', 'ru', 'en'] as const).map((l) => t(l, 'prefs.language')).join('|')})$`);
  await page
    .getByRole('radiogroup', { name: label })
    .getByRole('radio', { name: new RegExp(`^${language.toUpperCase()}\\b`) })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test.describe('methodology', () => {
  test('the public framework browser shows the current version without sign-in', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByTestId('framework-link').click();
    await expect(page).toHaveURL(/\/framework$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'methodology.framework.heading'));
    await expect(page.getByTestId('area-panel')).toHaveCount(5);
    await expect(page.getByTestId('scale').getByRole('listitem')).toHaveCount(4);

    // Areas open to their competencies, each with one indicator per level.
    await page.getByTestId('area-panel').first().getByRole('button').first().click();
    const competencies = page.getByTestId('area-panel').first().getByTestId('competency');
    await expect(competencies).toHaveCount(3);
    await expect(competencies.first().getByRole('heading')).toContainText('DF1');
    await expect(competencies.first().locator('dd')).toHaveCount(4);
    expect(await seriousViolations(page)).toEqual([]);

    // The content follows the UI language.
    await chooseLanguage(page, 'en');
    await expect(competencies.first().getByRole('heading')).toContainText('Office and collaboration tools');

    // High contrast keeps it readable too.
    await page.getByRole('button', { name: t('en', 'prefs.highContrast') }).click();
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a methodologist clones the current version, edits an indicator, saves, approves it and sees it frozen', async ({ page }) => {
    test.setTimeout(180_000); // several axe runs on large pages
    await signIn(page, 'methodologist');
    await page.getByRole('link', { name: t('az', 'methodology.nav.versions') }).click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page.getByTestId('version-row').first()).toBeVisible();

    await page.getByTestId('new-draft').click();
    await page.getByRole('dialog').getByTestId('confirm').click();
    await expect(page).toHaveURL(/\/methodology\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('status')).toHaveText(t('az', 'methodology.status.draft'));

    // DF1, level 2, English text.
    await page.getByTestId('tree-competency-DF1').click();
    const english = page.getByTestId('indicator-2-en');
    const newText = `Formats long documents with styles and builds spreadsheets with formulas (edited ${Date.now()}).`;
    await english.fill(newText);
    await expect(page.getByTestId('indicator-2').getByTestId('completeness')).toContainText('3/3');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('save').click();
    await expect(page.getByTestId('notice')).toHaveText(t('az', 'methodology.editor.saved'));

    // The matrix tab is part of the editor too.
    await page.getByRole('tab', { name: t('az', 'methodology.editor.tabProfiles') }).click();
    await expect(page.getByTestId('profile-matrix')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('approve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('legal-number').fill('E2E-42');
    await dialog.getByTestId('legal-date').fill('2026-11-20');
    await dialog.getByTestId('effective-date').fill('2026-12-01');
    await dialog.getByTestId('legal-issuer-az').fill('Dövlət Qulluğu Məsələləri üzrə Komissiya');
    await dialog.getByTestId('legal-issuer-ru').fill('Комиссия по вопросам государственной службы');
    await dialog.getByTestId('legal-issuer-en').fill('Civil Service Commission');
    await dialog.getByTestId('approve-submit').click();
    await expect(dialog).toHaveCount(0);

    await expect(page.getByTestId('frozen-banner')).toBeVisible();
    await expect(page.getByTestId('status')).toHaveText(t('az', 'methodology.status.approved'));
    await expect(page.getByTestId('current')).toBeVisible();
    await expect(page.getByTestId('save')).toHaveCount(0);
    await expect(page.getByTestId('approve')).toHaveCount(0);
    await expect(page.getByTestId('tree-competency-DF1')).toHaveCount(0);
    await expect(page.locator('main').locator('textarea, input:not([type=radio]), select')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The diff against the version it came from shows exactly that change.
    await page.getByRole('link', { name: t('az', 'methodology.diff.withPrevious') }).click();
    await expect(page).toHaveURL(/\/methodology\/diff\?from=.+&to=.+/);
    const groups = page.getByTestId('diff-group');
    await expect(groups).toHaveCount(1);
    await expect(groups.first()).toContainText('DF1');
    await expect(groups.first()).toContainText(newText);
    expect(await seriousViolations(page)).toEqual([]);

    // The public browser now shows the new version, with the edited text.
    await chooseLanguage(page, 'en');
    await page.goto('/framework');
    await page.getByTestId('area-panel').first().getByRole('button').first().click();
    await expect(page.getByTestId('area-panel').first().getByTestId('competency').first()).toContainText(newText);
  });

  test('an import that fails validation lists every problem and writes nothing', async ({ page }) => {
    // The report as the API's contract gives it (400 import_invalid with one error per problem).
    await page.route('**/api/methodologies/import**', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Import invalid',
          status: 400,
          code: 'import_invalid',
          errors: [
            { field: 'row 3 / DF1', message: 'level must be 1..4', code: 'level-outside-scale' },
            { field: 'header', message: 'missing column title_ru', code: 'missing-column' },
          ],
        }),
      }),
    );
    await signIn(page, 'methodologist');
    await page.goto('/methodology/import');
    await page.getByTestId('format-csv').click();
    await page.getByLabel(t('az', 'methodology.import.file')).setInputFiles({
      name: 'framework.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('area,code\nDF,DF1\n'),
    });
    const request = page.waitForRequest('**/api/methodologies/import**');
    await page.getByTestId('import-submit').click();
    const sent = await request;
    expect(sent.url()).toContain('format=csv');
    expect(sent.headers()['content-type']).toBe('text/csv');
    expect(sent.postData()).toBe('area,code\nDF,DF1\n');

    await expect(page.getByTestId('import-error')).toHaveText(t('az', 'methodology.errors.import_invalid'));
    const rows = page.getByTestId('import-report').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('row 3 / DF1');
    await expect(page).toHaveURL(/\/methodology\/import$/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut, t, tPattern } from './support/demo';

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400); // let Material's entry animations finish
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A second methodologist, made by the administrator through the API: an item's author may not review it. */
async function createReviewer(request: APIRequestContext): Promise<{ username: string; password: string }> {
  const login = await request.post('/api/auth/login', { data: { login: 'admin', password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const { accessToken } = (await login.json()) as { accessToken: string };
  const username = `reviewer-${Date.now().toString(36)}`;
  const password = 'Second-Reviewer-2026!';
  const created = await request.post('/api/accounts', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { username, password, roles: [{ role: 'methodologist' }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { username, password };
}

/** Picks an option of a Material select by the start of its text. */
async function choose(page: Page, testId: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

async function changeStatus(page: Page, action: 'review' | 'activate', status: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(t('az', `items.confirm.${action}.title`));
  await dialog.getByTestId('confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', `items.status.${status}`));
}

test.describe('item bank', () => {
  test('a methodologist writes a single-choice item in three languages, another reviews it, the author activates it', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000); // three sign-ins, three axe scans
    const reviewer = await createReviewer(request);
    const stamp = Date.now().toString(36);
    const stem = {
      az: `Elektron imzanın hüquqi qüvvəsi hansı sənədlə təsdiq olunur? (${stamp})`,
      ru: `Каким документом подтверждается юридическая сила электронной подписи? (${stamp})`,
      en: `Which document confirms the legal force of an electronic signature? (${stamp})`,
    };
    const options = [
      { az: 'Şəxsiyyət vəsiqəsi', ru: 'Удостоверение личности', en: 'An identity card' },
      { az: 'Elektron imza sertifikatı', ru: 'Сертификат электронной подписи', en: 'An electronic signature certificate' },
      { az: 'Əmək müqaviləsi', ru: 'Трудовой договор', en: 'An employment contract' },
    ];

    // The list, reached from the navigation.
    await signIn(page, 'methodologist');
    await page.getByRole('link', { name: t('az', 'items.nav.bank') }).click();
    await expect(page).toHaveURL(/\/items$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'items.list.heading'));
    await expect(page.getByTestId('item-row').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A new item: classification, stem, options (one of the four removed), key.
    await page.getByTestId('new-item').click();
    await expect(page).toHaveURL(/\/items\/new$/);
    await choose(page, 'competency', /^ED2\b/);
    await choose(page, 'level', /^2\b/);
    for (const language of ['az', 'ru', 'en'] as const) {
      await page.getByTestId(`stem-${language}`).fill(stem[language]);
    }
    await expect(page.getByTestId('stem').getByTestId('completeness')).toContainText('3/3');
    await page.getByTestId('option-remove-3').click();
    await expect(page.getByTestId('option').getByRole('listitem')).toHaveCount(3);
    for (const [i, option] of options.entries()) {
      for (const language of ['az', 'ru', 'en'] as const) {
        await page.getByTestId(`option-${i}-${language}`).fill(option[language]);
      }
    }
    await page.getByTestId('key-option-B').click();
    await expect(page.getByTestId('ready')).toHaveText(t('az', 'items.editor.ready'));

    // The preview shows the item as the candidate sees it, in the chosen language, without the key.
    const preview = page.getByTestId('preview');
    await expect(preview.getByTestId('preview-stem')).toHaveText(stem.az);
    await preview.getByTestId('preview-en').click();
    await expect(preview.getByTestId('preview-stem')).toHaveText(stem.en);
    await expect(preview.getByTestId('preview-option')).toHaveText(options.map((o) => o.en));
    const choices = preview.getByTestId('preview-option').getByRole('radio');
    await expect(choices).toHaveCount(3);
    for (const choice of await choices.all()) {
      await expect(choice).not.toBeChecked();
    }
    await expect(preview.getByTestId('preview-card')).not.toContainText(t('az', 'items.key.correctOption'));
    await expect(preview.getByTestId('preview-card')).not.toContainText(t('en', 'items.key.correctOption'));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('save').click();
    await expect(page.getByTestId('notice')).toHaveText(tPattern('az', 'items.editor.created'));
    await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
    const itemUrl = new URL(page.url()).pathname;
    const ref = (await page.getByRole('heading', { level: 1 }).textContent())?.trim().split(' ').pop() ?? '';
    expect(ref).toMatch(/^ED2-2-/);
    await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', 'items.status.draft'));
    // The author may not review their own item.
    await expect(page.getByTestId('action-review')).toBeDisabled();
    await expect(page.getByText(t('az', 'items.status.authorCannotReview'))).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page);

    // A second methodologist reviews it.
    await signIn(page, reviewer.username, reviewer.password);
    await page.goto(itemUrl);
    await expect(page.getByTestId('stem-en')).toHaveValue(stem.en);
    await changeStatus(page, 'review', 'reviewed');
    await signOut(page);

    // The author activates it, and the list shows it active.
    await signIn(page, 'methodologist');
    await page.goto(itemUrl);
    await changeStatus(page, 'activate', 'active');
    await expect(page.getByTestId('notice')).toHaveText(tPattern('az', 'items.editor.statusChanged'));

    await page.getByRole('link', { name: `← ${t('az', 'items.list.heading')}` }).click();
    await expect(page).toHaveURL(/\/items$/);
    await page.getByTestId('filter-q').fill(ref);
    await page.getByTestId('filter-q').press('Enter');
    await choose(page, 'filter-status', new RegExp(`^${t('az', 'items.status.active')}$`));
    await expect(page).toHaveURL(/status=active/);
    const rows = page.getByTestId('item-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-ref', ref);
    await expect(rows.first().getByTestId('item-status')).toHaveText(t('az', 'items.status.active'));
    await expect(rows.first()).toContainText(stem.az);
  });

  test('the QTI import page reads the chosen files as text and reports on each one', async ({ page }) => {
    // The report is stubbed to the contract (ItemImportReport): this checks the page, not the QTI parser.
    let sent: { files: { name: string; content: string }[] } | null = null;
    await page.route('**/api/items/import', async (route) => {
      sent = route.request().postDataJSON() as typeof sent;
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          imported: [
            { file: 'good.xml', itemId: '00000000-0000-4000-8000-000000000001', ref: 'QTI-GOOD', status: 'draft', needsKey: true },
          ],
          problems: [{ file: 'bad.xml', location: '/qti-assessment-item', message: 'Not a QTI 3.0 item', code: 'qti_invalid' }],
        }),
      });
    });

    await signIn(page, 'methodologist');
    await page.goto('/items');
    await page.getByTestId('import-link').click();
    await expect(page).toHaveURL(/\/items\/import$/);
    await expect(page.getByTestId('chosen')).toHaveText(t('az', 'items.import.noneChosen'));
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('import-error')).toHaveText(t('az', 'items.import.chooseFiles'));

    await page.getByTestId('import-files').setInputFiles([
      { name: 'good.xml', mimeType: 'application/xml', buffer: Buffer.from('<qti-assessment-item identifier="good"/>') },
      { name: 'bad.xml', mimeType: 'application/xml', buffer: Buffer.from('<not-qti/>') },
    ]);
    await expect(page.getByTestId('chosen')).toHaveText(t('az', 'items.import.chosen', { count: '2' }));
    await page.getByTestId('import-submit').click();

    const rows = page.getByTestId('import-report').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    expect(sent).toEqual({
      files: [
        { name: 'good.xml', content: '<qti-assessment-item identifier="good"/>' },
        { name: 'bad.xml', content: '<not-qti/>' },
      ],
    });
    await expect(rows.nth(0)).toContainText('good.xml');
    await expect(rows.nth(0).getByRole('link', { name: 'QTI-GOOD' })).toBeVisible();
    await expect(rows.nth(0)).toContainText(t('az', 'items.import.needsKey'));
    await expect(rows.nth(1)).toContainText(t('az', 'items.import.problem'));
    await expect(rows.nth(1)).toContainText('Not a QTI 3.0 item');
    await expect(page.getByTestId('import-summary')).toHaveText(
      t('az', 'items.import.summary', { imported: '1', needKey: '1', problems: '1' }),
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the filtered bank exports as QTI files, and an exported file imports back as a new draft', async ({ page }) => {
    await signIn(page, 'methodologist');
    await page.goto('/items?competencyCode=DF1&level=1&status=active');
    await expect(page.getByTestId('item-row')).toHaveCount(3);
    await page.getByTestId('export').click();
    const result = page.getByTestId('export-result');
    await expect(result.getByRole('heading')).toHaveText(t('az', 'items.export.ready', { count: '3' }));

    const [bundle] = await Promise.all([page.waitForEvent('download'), result.getByTestId('export-bundle').click()]);
    expect(bundle.suggestedFilename()).toMatch(/^items-\d{4}-\d{2}-\d{2}\.json$/);
    const { files } = JSON.parse(readFileSync((await bundle.path()) as string, 'utf8')) as { files: { name: string; content: string }[] };
    expect(files).toHaveLength(3);
    expect(files[0]?.content).toContain('<qti-assessment-item');

    await result.getByText(t('az', 'items.export.single')).click();
    const [single] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: files[0]?.name }).click()]);
    expect(single.suggestedFilename()).toBe(files[0]?.name);

    await page.goto('/items/import');
    await page.getByTestId('import-files').setInputFiles((await single.path()) as string);
    await page.getByTestId('import-submit').click();
    const rows = page.getByTestId('import-report').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(t('az', 'items.import.imported'));
    await expect(rows.first().getByTestId('item-status')).toHaveText(t('az', 'items.status.draft'));
    await rows.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', 'items.status.draft'));
  });

  test('changing an active item saves a new draft version and leaves the active one as it was', async ({ page }) => {
    await signIn(page, 'methodologist');
    await page.goto('/items?competencyCode=IS1&level=2&status=active');
    await page.getByTestId('item-row').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
    const activeUrl = page.url();
    await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', 'items.status.active'));
    await expect(page.getByTestId('save')).toBeDisabled();

    const english = page.getByTestId('stem-en');
    const before = await english.inputValue();
    await english.fill(`${before} (clarified)`);
    await expect(page.getByText(t('az', 'items.editor.newVersionHint'))).toBeVisible();
    // Status changes wait for the save.
    await expect(page.getByTestId('action-retire')).toBeDisabled();
    await page.getByTestId('save').click();

    await expect(page.getByTestId('notice')).toHaveText(tPattern('az', 'items.editor.newVersion'));
    await expect(page).not.toHaveURL(activeUrl);
    await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', 'items.status.draft'));
    await expect(english).toHaveValue(`${before} (clarified)`);

    await page.goto(activeUrl);
    await expect(page.getByTestId('item-meta').getByTestId('item-status')).toHaveText(t('az', 'items.status.active'));
    await expect(page.getByTestId('stem-en')).toHaveValue(before);
  });

  test('options can be reordered and removed from the keyboard without losing focus', async ({ page }) => {
    await signIn(page, 'methodologist');
    await page.goto('/items/new');
    const legends = page.getByTestId('option').locator('legend');
    await expect(legends).toHaveText([/A/, /B/, /C/, /D/]);

    await page.locator('#option-A-down').focus();
    await page.keyboard.press('Enter');
    await expect(legends).toHaveText([/B/, /A/, /C/, /D/]);
    await expect(page.locator('#option-A-down')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(legends).toHaveText([/B/, /C/, /D/, /A/]);
    // At the bottom "down" is disabled: focus moves to "up" of the same option.
    await expect(page.locator('#option-A-up')).toBeFocused();

    await page.getByTestId('option-remove-3').focus();
    await page.keyboard.press('Enter');
    await expect(legends).toHaveText([/B/, /C/, /D/]);
    await expect(page.getByTestId('option-add')).toBeFocused();

    // Switching the type keeps the texts and offers the matching columns.
    await page.getByTestId('type').click();
    await page.getByRole('option', { name: t('az', 'items.types.matching') }).click();
    await expect(page.getByTestId('premise').locator('legend')).toHaveCount(3);
    await expect(page.getByTestId('response').locator('legend')).toHaveCount(2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an administrator sees the bank read-only', async ({ page }) => {
    await signIn(page, 'admin');
    await page.getByRole('link', { name: t('az', 'items.nav.bank') }).click();
    await expect(page).toHaveURL(/\/items$/);
    await expect(page.getByTestId('item-row').first()).toBeVisible();
    await expect(page.getByTestId('new-item')).toHaveCount(0);
    await expect(page.getByTestId('import-link')).toHaveCount(0);
    await expect(page.getByTestId('export')).toBeVisible();

    await page.getByTestId('item-row').first().getByRole('link').click();
    await expect(page.getByTestId('read-only')).toHaveText(t('az', 'items.editor.readOnly'));
    await expect(page.getByTestId('stem-az')).not.toBeEditable();
    await expect(page.getByTestId('option-0-az')).not.toBeEditable();
    await expect(page.getByTestId('save')).toHaveCount(0);
    await expect(page.getByTestId('action-retire')).toHaveCount(0);
    await expect(page.getByTestId('preview-stem')).not.toBeEmpty();

    await page.goto('/items/import');
    await expect(page).toHaveURL(/\/home$/);
  });
});

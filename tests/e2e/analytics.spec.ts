import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { type Language, signIn, t } from './support/demo';
import { seriousViolations, tabTo } from './support/exam';

async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const label = new RegExp(`^(${(['az', 'ru', 'en'] as const).map((l) => t(l, 'prefs.language')).join('|')})$`);
  await page
    .getByRole('radiogroup', { name: label })
    .getByRole('radio', { name: new RegExp(`^${language.toUpperCase()}\\b`) })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The first worksheet of an XLSX file as rows of values. */
async function xlsxRows(path: string): Promise<unknown[][]> {
  const ExcelJS = (await import('exceljs')) as unknown as {
    Workbook: typeof import('exceljs').Workbook;
    default?: { Workbook: typeof import('exceljs').Workbook };
  };
  const Workbook = ExcelJS.Workbook ?? ExcelJS.default?.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** Waits until every chart on the page has drawn (chart.js loads on first use). */
async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.locator('canvas').first()).toBeVisible();
  await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 0 && c.height > 0));
  await page.waitForTimeout(300);
}

test.describe('HR analytics', () => {
  test('an HR officer opens the dashboard, drills down from the ministry to a unit and a person, and exports XLSX', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'hr');
    await page.getByRole('link', { name: t('az', 'analytics.nav.dashboard') }).click();
    await expect(page).toHaveURL(/\/analytics$/);
    await expect(page.getByTestId('dashboard-title')).toHaveText(
      t('az', 'analytics.heading', { scope: 'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi' }),
    );
    await expect(page.getByTestId('kpi-people')).toContainText(t('az', 'analytics.summary.people'));
    // Three departments and the staff placed directly under the ministry (the second commission member).
    await expect(page.getByTestId('units-table').getByTestId('unit-row')).toHaveCount(4);
    await chartsDrawn(page);
    expect(await seriousViolations(page)).toEqual([]);

    // Drill down: ministry → department → unit.
    await page.getByTestId('drill-MDDT-TR').click();
    await expect(page).toHaveURL(/orgId=/);
    await expect(page.getByTestId('dashboard-title')).toHaveText(
      t('az', 'analytics.heading', { scope: 'Nəqliyyat siyasəti departamenti' }),
    );
    await expect(page.getByTestId('crumb-MDDT')).toBeVisible();
    await page.getByTestId('drill-MDDT-TR-RD').click();
    await expect(page.getByTestId('dashboard-title')).toHaveText(t('az', 'analytics.heading', { scope: 'Avtomobil nəqliyyatı şöbəsi' }));
    const unitRows = page.getByTestId('units-table').getByTestId('unit-row');
    await expect(unitRows).toHaveCount(1);
    await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(1);

    // Export the breakdown as XLSX: it opens and holds the figures shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-units-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^compliance-units-mddt-tr-rd-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = test.info().outputPath('units.xlsx');
    await download.saveAs(file);
    const rows = await xlsxRows(file);
    expect(rows[0][0]).toBe(t('az', 'analytics.col.organisation'));
    const shownPeople = await unitRows.first().locator('td').first().innerText();
    expect(String(rows[1][3])).toBe(shownPeople.replace(/\s/g, ''));

    // A download with the keyboard only, tabbing from the heading.
    await page.getByTestId('dashboard-title').click();
    await tabTo(page, '[data-testid="export-trend-csv"]');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toMatch(/^compliance-trend-mddt-tr-rd-.*\.csv$/);

    // Everyone in the unit, then one person's figures.
    await page.getByTestId('people-all').click();
    await expect(page.getByTestId('people-table').getByTestId('person-row').first()).toBeVisible();
    const person = page.getByTestId('people-table').getByTestId('person-row').first().getByRole('link');
    const name = (await person.innerText()).trim();
    await person.click();
    await expect(page).toHaveURL(/\/analytics\/person\//);
    await expect(page.getByTestId('person-title')).toHaveText(name);
    await expect(page.getByTestId('person-competencies').locator('tbody tr').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await expect(page.getByTestId('dashboard-title')).toHaveText(t('az', 'analytics.heading', { scope: 'Avtomobil nəqliyyatı şöbəsi' }));
  });

  test('the dashboard reads in Azerbaijani, Russian and English (screenshots of the charts)', async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'hr');
    await page.goto('/analytics');
    for (const language of ['az', 'ru', 'en'] as const) {
      await chooseLanguage(page, language);
      await expect(page.getByTestId('dashboard-title')).toHaveText(
        t(language, 'analytics.heading', {
          scope: {
            az: 'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi',
            ru: 'Министерство цифрового развития и транспорта',
            en: 'Ministry of Digital Development and Transport',
          }[language],
        }),
      );
      await expect(page.getByRole('heading', { name: t(language, 'analytics.trend.heading') })).toBeVisible();
      await chartsDrawn(page);
      await page.screenshot({ path: test.info().outputPath(`dashboard-${language}.png`), fullPage: true });
      await page.getByRole('heading', { name: t(language, 'analytics.gaps.byCompetency') }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`dashboard-gaps-${language}.png`) });
    }
    expect(await seriousViolations(page)).toEqual([]);
    // High contrast keeps every chart and the heatmap readable.
    await page.evaluate(() => localStorage.setItem('civics.highContrast', 'true'));
    await page.reload();
    await chartsDrawn(page);
    await page.screenshot({ path: test.info().outputPath('dashboard-high-contrast.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the period filter names the months in the page language, works with the keyboard and filters by from/to month', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'hr');
    await page.goto('/analytics');
    await chooseLanguage(page, 'ru');
    const from = page.getByTestId('filter-from');
    const to = page.getByTestId('filter-to');
    // The chosen months are shown with the page's month names, whatever the browser's language.
    const ruMonth = /^(янв\.|февр\.|март|апр\.|май|июнь|июль|авг\.|сент\.|окт\.|нояб\.|дек\.) \d{4}$/;
    await expect(from).toHaveAccessibleName(t('ru', 'analytics.filters.from'));
    await expect(from.locator('.mat-mdc-select-value-text')).toHaveText(ruMonth);
    await expect(to.locator('.mat-mdc-select-value-text')).toHaveText(ruMonth);

    // Keyboard: open the "to" list, take the month before the last, apply.
    await to.focus();
    await page.keyboard.press('Enter');
    const options = page.getByRole('option');
    await expect(options.first()).toHaveText(ruMonth);
    expect(new Set(await options.allInnerTexts()).size).toBe(await options.count());
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.getByTestId('filter-apply').click();
    await expect(page).toHaveURL(/[?&]to=\d{4}-\d{2}/);
    const chosenTo = new URL(page.url()).searchParams.get('to') ?? '';
    const chosenFrom = new URL(page.url()).searchParams.get('from') ?? '';
    expect(chosenFrom <= chosenTo).toBe(true);
    await expect(page.getByTestId('dashboard-title')).toBeVisible();

    // Months after the end of the period cannot start it.
    await from.click();
    await expect(page.getByRole('option').last()).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    // Switching the language renames the months at once.
    await chooseLanguage(page, 'en');
    await expect(to.locator('.mat-mdc-select-value-text')).toHaveText(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an HR officer imports a roster: the preview names the broken row, nothing is written until confirmed', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'hr');
    await page.goto('/analytics/roster');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'analytics.roster.heading'));
    const csv = [
      'FİN,Soyad,Ad,E-poçt,Bölmə kodu,Vəzifə kodu,İşə qəbul tarixi',
      'E2E0001,Əliyeva,Günay,g1@example.gov.az,MDDT-EGOV-ES,SPECIALIST,2023-01-10',
      'E2E0002,Quliyev,Anar,a2@example.gov.az,MDDT-EGOV-ES,LEADING_ADVISER,10.02.2022',
      'E2E0003,Səfərov,Murad,not-an-email,NO-SUCH-UNIT,SPECIALIST,2021-05-01',
    ].join('\n');
    await page.getByTestId('roster-file').setInputFiles({ name: 'kadrlar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('roster-upload').click();
    await expect(page.getByTestId('roster-total')).toHaveText('3');
    await expect(page.getByTestId('roster-valid')).toHaveText('2');
    await expect(page.getByTestId('roster-invalid')).toHaveText('1');
    const broken = page.locator('[data-testid="roster-error-row"][data-row="4"]');
    await expect(broken).toContainText(t('az', 'analytics.roster.errors.invalid_email'));
    await expect(broken).toContainText(t('az', 'analytics.roster.errors.unknown_unit'));
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.getByTestId('roster-commit')).toBeDisabled();
    await page.getByTestId('roster-skip').click();
    await page.getByTestId('roster-commit').click();
    await expect(page.getByTestId('roster-done')).toContainText(
      t('az', 'analytics.roster.done', { create: '2', update: '0', skipped: '1' }),
    );
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-report-xlsx').click()]);
    const file = test.info().outputPath('roster-report.xlsx');
    await report.saveAs(file);
    const rows = await xlsxRows(file);
    expect(rows).toHaveLength(4);
    expect(rows[3][6]).toBe('Buraxıldı (xəta)');
  });
});

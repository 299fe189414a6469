import { type APIRequestContext, type Page, expect } from '@playwright/test';
import { DEMO_PASSWORD, type Language, t } from './demo';

/** A short test (IS1, one item per level) of the caller's own, so no other spec resumes or finishes its attempts. */
export async function createTest(request: APIRequestContext, title: string | Record<Language, string>): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { login: 'methodologist', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await request.post('/api/assessment-templates', {
    headers: { authorization: `Bearer ${accessToken}` },
    data: {
      title: typeof title === 'string' ? { az: title, ru: title, en: title } : title,
      purpose: 'diagnostic',
      blueprint: { source: 'chosen', competencies: ['IS1'], levels: 'all', itemsPerCell: 1 },
      timeLimitMinutes: 30,
      navigation: 'free',
    },
  });
  expect(created.status()).toBe(201);
}

/** Starts (or resumes) the test titled `title` as the signed-in civil servant; returns the exam's URL. */
export async function startTest(page: Page, title: string, language: Language = 'az'): Promise<string> {
  await page.goto('/tests');
  await page.getByTestId('template').filter({ hasText: title }).getByTestId('start').click();
  await expect(page).toHaveURL(/\/tests\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('save-status')).toHaveText(t(language, 'exam.save.saved'));
  return page.url();
}

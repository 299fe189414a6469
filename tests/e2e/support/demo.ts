import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-Password-2026';

export type Language = 'az' | 'ru' | 'en';

/** The demo accounts (DESIGN.md §7), the role each holds, and the web section of that role. */
export const DEMO_ACCOUNTS = [
  { username: 'servant', role: 'civil_servant', nav: 'nav.servant', path: '/home/servant' },
  { username: 'hr', role: 'hr_officer', nav: 'nav.hr', path: '/home/hr' },
  { username: 'commission', role: 'commission_member', nav: 'nav.commission', path: '/home/commission' },
  { username: 'provider', role: 'training_provider', nav: 'nav.provider', path: '/home/provider' },
  { username: 'methodologist', role: 'methodologist', nav: 'nav.methodology', path: '/home/methodology' },
  { username: 'admin', role: 'administrator', nav: 'nav.admin', path: '/home/admin' },
] as const;

const I18N_DIR = resolve(__dirname, '../../../apps/web/public/i18n');
const tables = new Map<Language, Record<string, unknown>>();

/** The text the app shows for `key` in `language`, read from the same files the app loads. */
export function t(language: Language, key: string, params: Record<string, string> = {}): string {
  if (!tables.has(language)) {
    tables.set(language, JSON.parse(readFileSync(resolve(I18N_DIR, `${language}.json`), 'utf8')));
  }
  let node: unknown = tables.get(language);
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (typeof node !== 'string') {
    throw new Error(`no text for ${key} in ${language}`);
  }
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A regular expression matching the text of `key`, with its placeholders as wildcards. */
export function tPattern(language: Language, key: string): RegExp {
  const escaped = t(language, key).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\?\{\w+\\?\}/g, '.+')}$`);
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('login').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/home$/);
}

export async function signOut(page: Page, language: Language = 'az'): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: t(language, 'account.signOut') }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/demo';
import { PHONE, horizontalOverflow } from './support/layout';

/**
 * Every route of every role, in Azerbaijani: each demo account starts from its home page and
 * follows the links the app shows it (navigation, lists, detail links) to every route pattern it
 * can reach — ids folded into `:id`, so one detail page of each kind is visited. Each page runs
 * axe-core (no serious or critical WCAG 2.2 A/AA violation) and, at 360 px, must not scroll
 * sideways. A page several roles reach (framework, catalogue, …) is checked by the first of them;
 * every role's own home page and first page (with the shell) are checked. Routes without a link (the exam itself, the sign-in page) are covered by exam.spec,
 * phone.spec and accessibility.spec.
 */

const MAX_PAGES_PER_ROLE = 40;

/** `/items/3f2a…/` → `/items/:id`: a path segment with a digit is an id, a serial or a code. */
export function routePattern(path: string): string {
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':id' : segment))
    .join('/');
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && !url.pathname.startsWith('/api/') && !/\.\w+$/.test(url.pathname))
    .map((url) => url.pathname.replace(/\/$/, '') || '/');
}

/** Opens `path` inside the running app (as a link would), without reloading it. */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Waits for the page's heading and until no request has been in flight for 300 ms. */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  let quietSince = Date.now();
  while (Date.now() - quietSince < 300) {
    await page.waitForTimeout(50);
    if (inFlight() > 0) {
      quietSince = Date.now();
    }
  }
}

// Tracing axe's thousands of DOM reads would cost more than the checks themselves.
test.use({ trace: 'off' });

/** Route patterns already checked (by this or an earlier role): a shared page is checked once. */
const checkedRoutes = new Set<string>();
const reached: string[] = [];

/** Serious and critical violations: the whole page (shell too) or only its main region. */
async function violationsIn(page: Page, wholePage: boolean) {
  await page.waitForTimeout(300); // let Material's entry animations finish
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await (wholePage ? axe : axe.include('#main-content')).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

test.describe('every route of every role', () => {
  test.afterAll(() => {
    const roles = new Set(reached.map((c) => c.split(' ')[0])).size;
    console.log(
      `axe and 360 px: ${checkedRoutes.size} routes checked, reached as ${reached.length} routes × roles over ${roles} roles ` +
        '(a page shared by several roles is checked once)',
    );
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username}: axe finds no serious violation and no page scrolls sideways at 360 px`, async ({ page }) => {
      test.setTimeout(400_000);
      let pending = 0;
      page.on('request', () => pending++);
      page.on('requestfinished', () => pending--);
      page.on('requestfailed', () => pending--);
      await signIn(page, account.username);
      const seen = new Set<string>();
      const queue = ['/home'];
      const problems: Record<string, unknown> = {};
      while (queue.length && seen.size < MAX_PAGES_PER_ROLE) {
        const path = queue.shift() as string;
        const pattern = routePattern(path);
        if (seen.has(pattern)) {
          continue;
        }
        seen.add(pattern);
        await page.setViewportSize({ width: 1280, height: 800 });
        await open(page, path);
        await settle(page, () => pending);
        if (routePattern(new URL(page.url()).pathname) !== pattern) {
          continue; // redirected (e.g. /attestation → /attestation/my): checked under its own path
        }
        reached.push(`${account.username} ${pattern}`);
        // Role pages differ by role; other shared pages are checked by the first role that reaches them.
        if (!checkedRoutes.has(pattern) || pattern.startsWith('/home')) {
          checkedRoutes.add(pattern);
          // The shell (toolbar, navigation) is the same on every page: checked with the role's first page.
          const violations = await violationsIn(page, seen.size === 1);
          await page.setViewportSize(PHONE);
          const overflow = await horizontalOverflow(page);
          if (violations.length || overflow) {
            problems[pattern] = { violations, overflow };
          }
        }
        for (const link of await linksOn(page)) {
          if (!seen.has(routePattern(link))) {
            queue.push(link);
          }
        }
      }
      expect(seen.size).toBeGreaterThan(3);
      expect(problems).toEqual({});
    });
  }
});

import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';
import { tPattern } from './demo';

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  await page.waitForTimeout(400); // let Material's entry animations finish
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The text of `key` with its placeholders as wildcards, ignoring surrounding white space. */
export function textPattern(key: string): RegExp {
  const inner = tPattern('az', key).source.replace(/^\^/, '').replace(/\$$/, '');
  return new RegExp(`^\\s*${inner}\\s*$`);
}

/** Presses Tab until the focused element matches `selector`; fails if it is not reachable. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab`);
}

export type Kind = 'single-choice' | 'true-false' | 'multiple-response' | 'ordering' | 'matching' | 'numeric' | 'short-text';
const KINDS: readonly Kind[] = ['single-choice', 'true-false', 'multiple-response', 'ordering', 'matching', 'numeric', 'short-text'];

export async function kindOf(page: Page): Promise<Kind> {
  const question = page.getByTestId('question');
  for (const kind of KINDS) {
    if (await question.getByTestId(kind).count()) {
      return kind;
    }
  }
  throw new Error('unknown item type');
}

/** Answers the shown item with the keyboard only, starting from the question heading. */
export async function answerWithKeyboard(page: Page, kind: Kind): Promise<void> {
  switch (kind) {
    case 'single-choice':
    case 'true-false':
      await tabTo(page, `[data-testid="${kind}"] input[type="radio"]`);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      break;
    case 'multiple-response':
      await tabTo(page, '[data-testid="multiple-response"] input[type="checkbox"]');
      await page.keyboard.press('Space');
      break;
    case 'ordering':
      await tabTo(page, '[data-testid="ordering"] button[data-move$="-down"]');
      await page.keyboard.press('Enter');
      // Focus stays on the moved element's control, so the person can keep moving it.
      await expect(page.locator('[data-testid="ordering"] button:focus')).toHaveCount(1);
      break;
    case 'matching': {
      const selects = await page.getByTestId('match-select').count();
      for (let i = 0; i < selects; i++) {
        await tabTo(page, `[data-testid="match-select"]:not(.done)`);
        await page.keyboard.press('ArrowDown');
        await page.evaluate(() => document.activeElement?.classList.add('done'));
      }
      break;
    }
    case 'numeric':
      await tabTo(page, '[data-testid="numeric"]');
      await page.keyboard.type('42');
      break;
    case 'short-text':
      await tabTo(page, '[data-testid="short-text"]');
      await page.keyboard.type('parol');
      break;
  }
}

import type { Page } from '@playwright/test';

/** The narrowest phone the platform supports. */
export const PHONE = { width: 360, height: 740 } as const;

/**
 * What makes the page itself scroll sideways, or null: the overflow in CSS pixels and the widest
 * elements sticking out (tables may scroll inside their own container; the page may not).
 */
export async function horizontalOverflow(page: Page): Promise<{ by: number; elements: string[] } | null> {
  await page.waitForTimeout(150); // let the layout follow the new width
  return page.evaluate(() => {
    const root = document.documentElement;
    const by = root.scrollWidth - root.clientWidth;
    if (by <= 1) {
      return null;
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : ''}`;
    const elements = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
      .slice(0, 5)
      .map(describe);
    return { by, elements };
  });
}

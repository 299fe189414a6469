import { type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, t } from './support/demo';
import { createTest, startTest } from './support/own-test';
import { answerWithKeyboard, kindOf, seriousViolations, textPattern } from './support/exam';
import { PHONE, horizontalOverflow } from './support/layout';

/** A regional office's 3G link (DevTools-like figures): 750 kbit/s down, 250 kbit/s up, 100 ms RTT. */
const THREE_G = { offline: false, latency: 100, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 };

/** What the shown item's controls hold (choices ticked, values typed or chosen, the order), to compare. */
function shownAnswer(page: Page): Promise<string> {
  return page.getByTestId('question').evaluate((q) =>
    JSON.stringify({
      ticked: [...q.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((i) => i.checked),
      values: [...q.querySelectorAll<HTMLInputElement>('input:not([type=radio]):not([type=checkbox]), select, textarea')].map(
        (i) => i.value,
      ),
      chosen: [...q.querySelectorAll('[data-testid="match-select"]')].map((s) => s.textContent?.trim()),
      order: q.querySelector('[data-testid="ordering"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    }),
  );
}

// Timings measure the app, not Playwright's trace recording (a busy CI machine feels it most).
test.use({ trace: 'off' });

test.describe('weak connection and phone', () => {
  test('the exam on a 360 px phone over 3G: first question within 5 s of starting and of a reload, nothing scrolls sideways', async ({
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const title = `3G yoxlaması ${Date.now()}`;
    await createTest(request, title);
    // The person has opened the app (signed in, the list of tests); the exam's own code is not
    // loaded yet. No service worker, so every byte after that goes through the throttled network.
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'servant');
    await page.goto('/tests');
    const start = page.getByTestId('template').filter({ hasText: title }).getByTestId('start');
    await expect(start).toBeVisible();

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THREE_G);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    const question = page.locator('#question-heading');

    let started = Date.now();
    await start.click();
    await expect(question).toBeVisible({ timeout: 20_000 });
    const onStart = Date.now() - started;
    const startBytes = bytes;

    started = Date.now();
    await page.reload();
    await expect(question).toBeVisible({ timeout: 20_000 });
    const onReload = Date.now() - started;
    console.log(
      `3G (750/250 kbit/s, 100 ms RTT): first exam item after ${onStart} ms from "start" (${Math.round(startBytes / 1024)} KiB), ` +
        `${onReload} ms after a reload (${Math.round((bytes - startBytes) / 1024)} KiB)`,
    );
    expect(onStart).toBeLessThanOrEqual(5_000);
    expect(onReload).toBeLessThanOrEqual(5_000);

    // Usable on the phone: the page does not scroll sideways, an answer can be given and is saved.
    expect(await horizontalOverflow(page)).toBeNull();
    await question.focus();
    await answerWithKeyboard(page, await kindOf(page));
    await expect(page.getByTestId('map-cell').first()).toHaveClass(/answered/);
    await expect(page.getByTestId('save-status')).toHaveText(t('az', 'exam.save.saved'), { timeout: 15_000 });
    await context.close();
  });

  test('a reload without a connection shows the exam from this tab: same item and answer, a running clock; new answers wait and go once online', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(150_000);
    const title = `Oflayn imtahan ${Date.now()}`;
    await createTest(request, title);
    await signIn(page, 'servant');
    // The app shell's worker installs on the first visit and takes the page over.
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const url = await startTest(page, title);
    const cells = page.getByTestId('map-cell');
    const status = page.getByTestId('save-status');

    // Online: the first answer reaches the server.
    await page.locator('#question-heading').focus();
    await answerWithKeyboard(page, await kindOf(page));
    await expect(cells.nth(0)).toHaveClass(/answered/);
    await expect(status).toHaveText(t('az', 'exam.save.saved'), { timeout: 15_000 });
    const firstStem = await page.getByTestId('stem').innerText();
    const firstAnswer = await shownAnswer(page);

    // No connection, reload: the app from the service worker, the exam from this tab's copy.
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page).toHaveURL(url);
    await expect(page.getByTestId('offline-copy')).toHaveText(t('az', 'exam.offlineCopy'));
    await expect(status).toHaveText(textPattern('exam.save.offlineSaved'));
    await expect(cells.nth(0)).toHaveClass(/answered/);
    await cells.nth(0).click();
    await expect(page.getByTestId('stem')).toHaveText(firstStem);
    expect(await shownAnswer(page)).toBe(firstAnswer);
    // The clock runs on towards the server's deadline.
    const timer = page.getByTestId('timer').getByRole('timer');
    await expect(timer).toHaveText(/^(2\d|30):\d\d$/);
    const before = await timer.innerText();
    await expect(timer).not.toHaveText(before, { timeout: 5_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('exam-offline-copy.png'), fullPage: true });

    // A second answer waits on the device.
    await cells.nth(1).click();
    await page.locator('#question-heading').focus();
    await answerWithKeyboard(page, await kindOf(page));
    await expect(cells.nth(1)).toHaveClass(/answered/);
    await expect(status).toHaveText(t('az', 'exam.save.offlineWaiting', { count: '1' }));

    // The connection returns: the session is renewed with the cookie and the answer goes out.
    await context.setOffline(false);
    await expect(status).toHaveText(t('az', 'exam.save.saved'), { timeout: 30_000 });
    await expect(page.getByTestId('offline-copy')).toHaveCount(0);

    await page.getByTestId('finish').click();
    await page.getByTestId('submit-anyway').click();
    await expect(page).toHaveURL(`${url}/result`);
    // The copy is gone with the submission.
    expect(await page.evaluate(() => sessionStorage.getItem('civics.exam.offline'))).toBeNull();

    // Both answers are stored on the server.
    const login = await request.post('/api/auth/login', { data: { login: 'servant', password: DEMO_PASSWORD } });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const attempt = (await (
      await request.get(`/api/attempts/${url.split('/').pop()}`, { headers: { authorization: `Bearer ${accessToken}` } })
    ).json()) as { items: { itemId: string; position: number }[]; responses: { itemId: string; answer: unknown }[] };
    const [first, second] = [...attempt.items].sort((a, b) => a.position - b.position);
    const answered = attempt.responses.filter((r) => r.answer !== null).map((r) => r.itemId);
    expect(answered).toEqual(expect.arrayContaining([first.itemId, second.itemId]));
  });

  test('when the session really ended, the returning connection asks to sign in and the waiting answer is sent after it', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    const title = `Oflayn yenidən yükləmə ${Date.now()}`;
    await createTest(request, title);
    await signIn(page, 'servant');
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const url = await startTest(page, title);

    // Offline, the first answer waits on the device, and a reload keeps it on screen.
    await context.setOffline(true);
    await page.locator('#question-heading').focus();
    await answerWithKeyboard(page, await kindOf(page));
    await expect(page.getByTestId('save-status')).toHaveText(textPattern('exam.save.offlineWaiting'));
    await page.reload();
    await expect(page.getByTestId('offline-copy')).toBeVisible();
    await expect(page.getByTestId('map-cell').first()).toHaveClass(/answered/);

    // Meanwhile the session ended (the refresh cookie is gone): back online, sign in again.
    await context.clearCookies();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'signIn.heading'), { timeout: 30_000 });
    await expect(page.getByTestId('sign-in-reason')).toHaveText(t('az', 'signIn.reason.exam'));
    await page.getByTestId('login').fill('servant');
    await page.getByTestId('password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(url);
    // The answer kept in IndexedDB is laid over the server's state and sent.
    await expect(page.getByTestId('map-cell').first()).toHaveClass(/answered/);
    await expect(page.getByTestId('save-status')).toHaveText(t('az', 'exam.save.saved'), { timeout: 20_000 });
    await page.reload();
    await expect(page.getByTestId('map-cell').first()).toHaveClass(/answered/);
  });
});

import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, t } from './support/demo';
import { createTest, startTest } from './support/own-test';
import { answerWithKeyboard, kindOf, textPattern } from './support/exam';
import { PHONE, horizontalOverflow } from './support/layout';

/** A regional office's 3G link (DevTools-like figures): 750 kbit/s down, 250 kbit/s up, 100 ms RTT. */
const THREE_G = { offline: false, latency: 100, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 };

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

  test('a reload without a connection during the exam opens the app from the service worker and loses no answer', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    const title = `Oflayn yenidən yükləmə ${Date.now()}`;
    await createTest(request, title);
    await signIn(page, 'servant');
    // The app shell's worker installs on the first visit and takes the page over.
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const url = await startTest(page, title);

    // Offline, the first answer waits on the device.
    await context.setOffline(true);
    await page.locator('#question-heading').focus();
    await answerWithKeyboard(page, await kindOf(page));
    await expect(page.getByTestId('save-status')).toHaveText(textPattern('exam.save.offlineWaiting'));

    // A reload with no connection: the app itself comes from the service worker's cache. The
    // session cannot be renewed offline, so it asks to sign in again and comes back to the exam.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('az', 'signIn.heading'));

    await context.setOffline(false);
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

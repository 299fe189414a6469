import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3100);
const repoRoot = resolve(__dirname, '../..');

/**
 * Browser tests of the built platform in Debian's Chromium (never a downloaded browser).
 * The server is the real API serving the built web app (`npm run serve:e2e`: fresh embedded
 * database in .data-e2e, demo data).
 */
export default defineConfig({
  testDir: '.',
  // E2E_OUTPUT_DIR keeps parallel runs (several people on one checkout) from deleting each other's traces.
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: process.env.E2E_REPORT_DIR ?? './report', open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'az-AZ',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /screenshots\.spec\.ts/ },
    // `npx playwright test -c tests/e2e --project=screenshots` writes PNGs to tests/e2e/screenshots/.
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts/ },
  ],
  webServer: {
    command: 'npm run serve:e2e',
    cwd: repoRoot,
    url: `http://localhost:${port}/api/auth/oidc`,
    env: { E2E_PORT: String(port), PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

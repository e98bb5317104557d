import { defineConfig } from '@playwright/test';

/**
 * Browser walks of the SPA with Debian's chromium (no browser download), see README "Browser tests".
 *
 *   PARETO_URL       the app under test (default http://localhost:8080, the backend serving the SPA)
 *   CHROMIUM_PATH    browser binary (default /usr/bin/chromium)
 *   PARETO_E2E_ONLY  run only the walks whose title matches this regular expression (as --grep)
 */
const only = process.env.PARETO_E2E_ONLY;
const timeout = Number(process.env.PARETO_E2E_TIMEOUT_MS ?? 15_000);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'build/e2e-results',
  // One browser at a time: the machine has two cores and the backend is shared by the walks.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A walk signs in and visits several screens on a busy machine.
  timeout: 180_000,
  expect: { timeout },
  ...(only ? { grep: new RegExp(only) } : {}),
  reporter: [['list'], ['html', { outputFolder: 'build/e2e-report', open: 'never' }]],
  use: {
    baseURL: process.env.PARETO_URL ?? 'http://localhost:8080',
    locale: 'zh-CN',
    actionTimeout: timeout,
    navigationTimeout: timeout,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // A walk for the phone layout is named *.phone.spec.ts; every other walk runs on the desktop.
    { name: 'desktop', testIgnore: '**/*.phone.spec.ts', use: { browserName: 'chromium', viewport: { width: 1440, height: 900 } } },
    {
      name: 'phone',
      testMatch: '**/*.phone.spec.ts',
      use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
  ],
});

import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect };
export { expectAccessible } from './axe';

export const DEMO_PASSWORD = 'pareto-demo';
export const REP = 'li.na@pareto.demo';
export const ADMIN = 'admin@pareto.demo';
/** A manager sees the team's deals, so the board surely has an open one to move. */
export const MANAGER = 'zhao.min@pareto.demo';

/** Enum codes that must never reach a screen untranslated. */
export const RAW_CODES =
  /\b(KEY|NORMAL|TARGET|LOST|ECONOMIC|IMPORTANT|GROUP|STRATEGIC|ESTABLISHING|STABILISING|STRENGTHENING|EXECUTIVE|DECISION|IMPLEMENTATION|USER|REP|ADMIN|MANAGER|READONLY|FINANCE|SECURITIES|HEALTH|INSURANCE|MANUFACTURING|TRANSPORT|EDUCATION|PUBLIC_SECURITY|WATER)\b/;

const shotsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'e2e-screenshots');

/** Signs in as the walk's user on the sign-in page, from a path that asks for a session. */
async function signInAs(page: Page, email: string, path: string, touch: boolean): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  const submit = page.getByRole('button', { name: /登\s*录/ });
  await (touch ? submit.tap() : submit.click());
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

interface WalkOptions {
  /** The demo user the walk signs in as (`test.use({ user: ADMIN })`). */
  user: string;
  /** Console errors the walk provokes on purpose (the browser logging a 4xx); any other one fails it. */
  expectedConsoleErrors: RegExp | undefined;
}

interface WalkFixtures {
  /** Signs in as `user` through the sign-in page, starting from `path` (default /), and lands there. */
  signIn: (path?: string) => Promise<void>;
  /** Saves a screenshot to build/e2e-screenshots/<name>.png and attaches it to the report. */
  shot: (name: string) => Promise<void>;
  consoleGuard: undefined;
}

/** Every walk's `test`: a fresh context per walk in zh-CN, failing on any console or page error. */
export const test = base.extend<WalkOptions & WalkFixtures>({
  user: [REP, { option: true }],
  expectedConsoleErrors: [undefined, { option: true }],
  consoleGuard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        // The session probe answers 401 before sign-in by design; the browser logs it.
        const sessionProbe = /\/api\/v1\/session$/.test(msg.location().url) && /status of 401/.test(msg.text());
        if (msg.type() === 'error' && !sessionProbe && !expectedConsoleErrors?.test(msg.text())) {
          problems.push(`console error: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
        }
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await use(undefined);
      expect(problems, 'console and page errors during the walk').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page, user, hasTouch }, use) => {
    await use((path = '/') => signInAs(page, user, path, hasTouch));
  },
  shot: async ({ page }, use, testInfo) => {
    mkdirSync(shotsDir, { recursive: true });
    await use(async (name) => {
      const path = join(shotsDir, `${name}.png`);
      await page.screenshot({ path });
      await testInfo.attach(name, { path, contentType: 'image/png' });
    });
  },
});

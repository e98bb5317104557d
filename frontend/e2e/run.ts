/**
 * Browser walk of the SPA with Debian's chromium through playwright-core (no browser download).
 *
 *   PARETO_URL          base URL of the running app (default http://localhost:8080, the backend
 *                       serving the SPA)
 *   CHROMIUM_PATH       browser binary (default /usr/bin/chromium)
 *   PARETO_E2E_USER / PARETO_E2E_PASSWORD  basic-auth identity for the real backend
 *   PARETO_E2E_SERVER_WAIT_MS  how long to wait for the app to answer (default 60000)
 *   PARETO_E2E_ONLY     run only the walks whose name matches this regular expression
 *
 * Fails a test on any console error or uncaught page error; screenshots go to build/e2e-screenshots/.
 * The last line is "N passed, N failed".
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tests as walkTests } from './walk';
// Each feature's walks live in their own file; they run after the core walk.
import { tests as analyticsTests } from './walk-analytics';
import { tests as dataTests } from './walk-data';
import { tests as decisionMapTests } from './walk-decision-map';
import { tests as phoneTests } from './walk-phone';
import { tests as poolTests } from './walk-pool';
import { tests as searchTests } from './walk-search';

// PARETO_E2E_ONLY (a regular expression) runs the walks whose name matches, e.g. while working on one screen.
const only = process.env.PARETO_E2E_ONLY ? new RegExp(process.env.PARETO_E2E_ONLY) : undefined;
const tests = [...walkTests, ...analyticsTests, ...decisionMapTests, ...dataTests, ...phoneTests, ...searchTests, ...poolTests].filter(
  (t) => !only || only.test(t.name),
);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shotsDir = join(root, 'build', 'e2e-screenshots');
const baseURL = process.env.PARETO_URL ?? 'http://localhost:8080';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The backend uses HTTP basic auth; the walk signs in as this user when both are set.
const httpCredentials =
  process.env.PARETO_E2E_USER && process.env.PARETO_E2E_PASSWORD
    ? { username: process.env.PARETO_E2E_USER, password: process.env.PARETO_E2E_PASSWORD }
    : undefined;
const timeoutMs = Number(process.env.PARETO_E2E_TIMEOUT_MS ?? 15_000);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function waitForServer(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms} ms: ${String(lastError)}`);
}

async function main(): Promise<number> {
  mkdirSync(shotsDir, { recursive: true });
  let passed = 0;
  let failed = 0;
  try {
    await waitForServer(baseURL, Number(process.env.PARETO_E2E_SERVER_WAIT_MS ?? 60_000));
    console.log(`e2e: ${baseURL} with ${executablePath}`);
    const browser = await chromium
      .launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
      .catch((e: unknown) => {
        throw new Error(`cannot start ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH): ${String(e)}`);
      });
    try {
      for (const [index, test] of tests.entries()) {
        const context = await browser.newContext({
          baseURL,
          viewport: { width: 1366, height: 860 },
          ...(test.device ?? {}),
          locale: 'zh-CN',
          ...(httpCredentials ? { httpCredentials } : {}),
        });
        context.setDefaultTimeout(timeoutMs);
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (msg) => {
          // The session probe answers 401 before sign-in by design; the browser logs it.
          const sessionProbe = /\/api\/v1\/session$/.test(msg.location().url) && /status of 401/.test(msg.text());
          if (msg.type() === 'error' && !sessionProbe && !test.expectedConsoleErrors?.test(msg.text())) {
            problems.push(`console error: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
          }
        });
        page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
        const prefix = String(index + 1).padStart(2, '0');
        const shot = async (name: string) => {
          await page.screenshot({ path: join(shotsDir, `${prefix}-${name}.png`) });
        };
        const started = Date.now();
        try {
          await test.run(page, shot);
          if (problems.length > 0) throw new Error(problems.join('\n      '));
          passed++;
          console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        } catch (err) {
          failed++;
          const message = err instanceof Error ? err.message : String(err);
          console.log(`  ✗ ${test.name}\n      ${message.split('\n').join('\n      ')}`);
          if (problems.length > 0 && !message.includes(problems[0] ?? '')) console.log(`      ${problems.join('\n      ')}`);
          await page.screenshot({ path: join(shotsDir, `${prefix}-FAILED.png`), fullPage: true }).catch(() => undefined);
        } finally {
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  } catch (err) {
    console.error(`e2e: could not run: ${err instanceof Error ? err.message : String(err)}`);
    failed += Math.max(1, tests.length - passed - failed);
  }
  console.log(`screenshots: ${shotsDir}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();

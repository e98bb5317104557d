import type { FullConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Fails the run at once, with one line a CI log shows, when the app or the browser is missing. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL ?? 'http://localhost:8080';
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(browser)) {
    throw new Error(`e2e: could not run: no browser at ${browser} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  const waitMs = Number(process.env.PARETO_E2E_SERVER_WAIT_MS ?? 60_000);
  const deadline = Date.now() + waitMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(baseURL);
      if (res.ok) {
        console.log(`e2e: ${baseURL} with ${browser}`);
        return;
      }
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError = String(e);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`e2e: could not run: ${baseURL} did not answer within ${waitMs} ms: ${lastError}`);
}

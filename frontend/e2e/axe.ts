import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page and fails on any serious or critical violation; the others are logged. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol rather than an inline <script>: the app's CSP
  // (script-src 'self') rightly blocks inline scripts, and stays enforced for the app itself.
  // A card still loading is drawn faded behind antd's spinner: judge the settled screen, not that.
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, { timeout: 15_000 })
    .catch(() => undefined);
  // Judge colours at rest: a button the walk just clicked is still hovered (antd's lighter hover blue).
  await page.mouse.move(0, 0);
  await page.evaluate(axeSource);
  // axe reads contrast from rendered colours: a modal still fading in (antd's zoom) measured as low contrast in
  // one CI run. Wait for the finite animations and transitions in flight (spinners run forever: not those).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  for (const v of violations) {
    const targets = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ');
    console.log(`    axe ${label}: [${v.impact ?? '?'}] ${v.id} — ${v.help} (${v.nodes.length}× ${targets})`);
  }
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(bad, `${label}: serious/critical axe violations`).toEqual([]);
}

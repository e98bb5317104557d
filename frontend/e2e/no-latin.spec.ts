import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every main screen in zh-CN as li.na: no visible Latin word except proper nouns from the data and
// a short list of codes, units and brands a Chinese user reads as they are.

/**
 * Words that may stay Latin on a Chinese screen: the brand, units, widely used abbreviations, and the
 * language switcher's "English" (a language is named in itself).
 */
const ALLOWED = new Set(['Pareto', 'CNY', 'SWOT', 'KA', 'API', 'Ctrl', 'CSV', 'NDJSON', 'Excel', 'English']);
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/** The Latin words of the data's own names and ids (accounts, deals, competitors, people): proper nouns. */
async function dataWords(page: Page, accountId: number): Promise<Set<string>> {
  const names: string[] = [];
  const collect = async (url: string, fields: string[]) => {
    const r = await page.request.get(url);
    if (!r.ok()) return;
    const body = (await r.json()) as { items?: Record<string, unknown>[] } | Record<string, unknown>[];
    for (const item of Array.isArray(body) ? body : (body.items ?? [])) for (const f of fields) if (typeof item[f] === 'string') names.push(item[f] as string);
  };
  await collect('/api/v1/accounts?size=500', ['name', 'region', 'externalId']);
  await collect('/api/v1/opportunities?size=500', ['name']);
  await collect('/api/v1/competitors?size=500', ['name', 'brand', 'implementer']);
  await collect('/api/v1/users?size=500', ['name']);
  await collect(`/api/v1/accounts/${accountId}/contacts?size=500`, ['name', 'title', 'department']);
  return new Set(names.flatMap((n) => n.match(WORD) ?? []));
}

/** The visible text nodes of the page, outside inputs and code samples. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('script, style, code, [aria-hidden="true"]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      out.push(text);
    }
    return out;
  });
}

async function latinWords(page: Page, screen: string, allowed: Set<string>): Promise<string[]> {
  await page.waitForFunction(() => document.querySelectorAll('.ant-skeleton, .ant-spin-spinning').length === 0, undefined, { timeout: 30_000 });
  const offending = (await visibleTexts(page)).flatMap((text) =>
    (text.replace(EMAIL, ' ').match(WORD) ?? []).filter((w) => !ALLOWED.has(w) && !allowed.has(w)).map((w) => `${screen}: ${w} ‹${text.slice(0, 80)}›`),
  );
  return [...new Set(offending)];
}

test('no Latin word on the main zh-CN screens of a sales rep', async ({ page, signIn }) => {
  test.setTimeout(600_000);
  await signIn('/');
  const accounts = await (await page.request.get('/api/v1/accounts?size=1&category=KEY')).json();
  const accountId: number = accounts.items[0].id;
  const deals = await (await page.request.get(`/api/v1/opportunities?size=1&accountId=${accountId}`)).json();
  const allowed = await dataWords(page, accountId);
  const found: string[] = [];
  const expectNoLatin = async (p: Page, screen: string, words: Set<string>) => void found.push(...(await latinWords(p, screen, words)));

  await expect(page.getByRole('heading', { level: 2, name: '仪表盘' })).toBeVisible();
  await expectNoLatin(page, 'dashboard', allowed);
  for (const [path, screen] of [
    ['/accounts', 'accounts list'],
    ['/pipeline', 'pipeline'],
    ['/classification', 'classification'],
    ['/reviews', 'reviews'],
    ['/pool', 'customer pool'],
  ] as const) {
    await page.goto(path);
    await expectNoLatin(page, screen, allowed);
  }
  for (const tab of ['overview', 'classification', 'decisionMap', 'contacts', 'opportunities', 'plan', 'competitors', 'activities', 'facts']) {
    await page.goto(`/accounts/${accountId}?tab=${tab}`);
    await expectNoLatin(page, `account tab ${tab}`, allowed);
  }
  if (deals.items.length > 0) {
    await page.goto(`/opportunities/${deals.items[0].id}`);
    await expectNoLatin(page, 'deal page', allowed);
  }
  expect(found, 'Latin words on zh-CN screens').toEqual([]);
});

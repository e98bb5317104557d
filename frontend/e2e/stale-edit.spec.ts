import { type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, REP, expect, test } from './fixtures';

// Two people edit the same account; the second save is refused as stale (412) and re-applied.

async function secondSession(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(REP);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  return page;
}

async function openEdit(page: Page) {
  await page.getByRole('button', { name: /编\s*辑/ }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('区域')).toBeVisible();
  return drawer;
}

test.use({ expectedConsoleErrors: /status of 412/ });

test('a stale save keeps the edit: mine vs current, then applied on the latest version', async ({ page, browser, signIn, shot }) => {
  await signIn('/accounts');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.waitForURL(/\/accounts\/\d+/);
  const path = new URL(page.url()).pathname;
  const id = Number(path.split('/').pop());
  const stamp = Date.now().toString().slice(-6);
  const before = await (await page.request.get(`/api/v1/accounts/${id}`)).json();

  // I open the form first ...
  const mine = await openEdit(page);
  await mine.getByLabel('区域').fill(`华东${stamp}区`);

  // ... a colleague saves another field of the same account meanwhile.
  const other = await secondSession(browser, path);
  const theirs = await openEdit(other);
  await theirs.getByLabel('外部编号').fill(`合并${stamp}`);
  await theirs.getByRole('button', { name: /保\s*存/ }).click();
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await other.context().close();

  // My save is refused as stale: the edit stays, with what changed.
  await mine.getByRole('button', { name: /保\s*存/ }).click();
  const panel = page.getByTestId('stale-edit');
  await expect(panel).toContainText('您编辑期间，此记录已被他人保存');
  await expect(panel.locator('tbody')).toContainText('区域');
  await expect(panel.locator('tbody')).toContainText(`华东${stamp}区`);
  await shot('stale-edit-reapply');
  await panel.getByRole('button', { name: '将我的修改应用到最新版本' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Both edits are in the record.
  const after = await (await page.request.get(`/api/v1/accounts/${id}`)).json();
  expect(after.region).toBe(`华东${stamp}区`);
  expect(after.externalId).toBe(`合并${stamp}`);
  expect(after.version).toBe(before.version + 2);

  // Put the demo account back as it was.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'pareto_csrf')?.value ?? '';
  const restore = await page.request.patch(`/api/v1/accounts/${id}`, {
    headers: {
      'Content-Type': 'application/merge-patch+json',
      'If-Match': `"${after.version}"`,
      'X-CSRF-Token': csrf,
      'X-Requested-With': 'XMLHttpRequest',
    },
    data: { region: before.region ?? null, externalId: before.externalId ?? null },
  });
  expect(restore.status()).toBe(200);
});

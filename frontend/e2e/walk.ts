import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';

export interface E2ETest {
  name: string;
  /** Runs only against the TEMPORARY fake API (it stages an answer the real backend cannot be asked for). */
  fakeApiOnly?: boolean;
  /** Console errors this test provokes on purpose (e.g. the browser logging a 4xx); all others fail it. */
  expectedConsoleErrors?: RegExp;
  run: (page: Page, shot: (name: string) => Promise<void>) => Promise<void>;
}

const RAW_CODES = /\b(KEY|NORMAL|TARGET|LOST|ECONOMIC|IMPORTANT|GROUP|STRATEGIC|ESTABLISHING|STABILISING|STRENGTHENING)\b/;

/** The first walk, the way a sales rep uses the product. Each test starts from a fresh browser context. */
export const tests: E2ETest[] = [
  {
    name: 'open / and see the layout with the side menu',
    async run(page, shot) {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: '主导航' });
      await nav.waitFor();
      for (const label of ['仪表盘', '客户', '销售漏斗', '客户分类', '设置']) {
        await nav.getByRole('link', { name: label, exact: true }).waitFor();
      }
      await page.getByRole('heading', { level: 2, name: '仪表盘' }).waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'zh-CN', 'the default language is zh-CN');
      await shot('dashboard');
      await expectAccessible(page, 'dashboard');
    },
  },
  {
    name: 'go to Accounts from the menu and see the table rows',
    async run(page, shot) {
      await page.goto('/');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
      await page.waitForURL(/\/accounts/);
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      const count = await rows.count();
      expect(count > 0, 'the accounts table shows rows');
      const tableText = (await page.locator('.ant-table-tbody').innerText()) ?? '';
      expect(!RAW_CODES.test(tableText), `enum codes are translated, found raw code in: ${RAW_CODES.exec(tableText)?.[0]}`);
      expect(/¥/.test(tableText), 'money is formatted as CNY');
      await shot('accounts-zh');
      await expectAccessible(page, 'accounts');
      // Sorting and paging live in the URL, so the view can be bookmarked.
      await page.locator('th', { hasText: '年度潜在销售额' }).click();
      await page.waitForURL(/sort=estimatedAnnualPotential/);
      await page.locator('.ant-pagination').getByTitle('2', { exact: true }).click();
      await page.waitForURL(/page=2/);
      await rows.first().waitFor();
    },
  },
  {
    name: 'switch language to English and back',
    async run(page, shot) {
      await page.goto('/accounts');
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pipeline' }).waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'en-US', 'html lang follows the language');
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await shot('accounts-en');
      await expectAccessible(page, 'accounts (en-US)');
      // The choice is remembered across a reload.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'zh-CN', 'switched back to zh-CN');
    },
  },
  {
    name: 'an API error shows the problem title and detail',
    fakeApiOnly: true,
    expectedConsoleErrors: /status of 400/,
    async run(page, shot) {
      await page.route(/\/api\/v1\/accounts(\?.*)?$/, (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: '查询参数无效',
            status: 400,
            detail: '每页数量不能超过 500',
            errors: [{ field: 'size', message: '必须小于或等于 500' }],
          }),
        }),
      );
      await page.goto('/accounts?size=400');
      const alert = page.getByRole('alert');
      await alert.getByText('查询参数无效').waitFor();
      await alert.getByText('每页数量不能超过 500').waitFor();
      await alert.getByText('size', { exact: true }).waitFor();
      await shot('accounts-error');
      await expectAccessible(page, 'accounts error');
    },
  },
  {
    name: 'screens without an API yet say so honestly',
    async run(page, shot) {
      await page.goto('/pipeline');
      await page.getByRole('heading', { level: 2, name: '销售漏斗' }).waitFor();
      await page.getByText('此页面将随商机与销售漏斗接口一同上线。').waitFor();
      await shot('pipeline-coming-soon');
      await expectAccessible(page, 'pipeline');
    },
  },
];

import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';

export const DEMO_PASSWORD = 'pareto-demo';
export const REP = 'li.na@pareto.demo';
export const ADMIN = 'admin@pareto.demo';

export interface E2ETest {
  name: string;
  /** The demo user this test signs in as. */
  user?: string;
  /** Console errors this test provokes on purpose (e.g. the browser logging a 4xx); all others fail it. */
  expectedConsoleErrors?: RegExp;
  /** Browser context for the walk (a phone); the desktop default otherwise. */
  device?: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean };
  run: (page: Page, shot: (name: string) => Promise<void>) => Promise<void>;
}

const RAW_CODES =
  /\b(KEY|NORMAL|TARGET|LOST|ECONOMIC|IMPORTANT|GROUP|STRATEGIC|ESTABLISHING|STABILISING|STRENGTHENING|EXECUTIVE|DECISION|IMPLEMENTATION|USER|REP|ADMIN|MANAGER|READONLY|FINANCE|SECURITIES|HEALTH|INSURANCE|MANUFACTURING|TRANSPORT|EDUCATION|PUBLIC_SECURITY|WATER)\b/;

/** Signs in through the sign-in page (zh-CN labels), starting from `path`, and waits to land there. */
async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** The walks, the way a sales rep uses the product. Each test starts from a fresh browser context. */
export const tests: E2ETest[] = [
  {
    name: 'a page asked for without a session goes to sign-in and back there afterwards',
    user: REP,
    async run(page, shot) {
      await page.goto('/accounts?category=KEY');
      await page.waitForURL(/\/login\?next=%2Faccounts%3Fcategory%3DKEY/);
      await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
      // A wrong password shows the problem detail.
      await page.getByLabel('邮箱').fill(REP);
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByRole('alert').waitFor();
      await shot('login-failed');
      await expectAccessible(page, 'login');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(/\/accounts\?category=KEY$/);
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      const menu = page.getByTestId('user-menu');
      await menu.getByText('李娜').waitFor();
      await menu.getByText('销售代表').waitFor();
    },
  },
  {
    name: 'open / and see the layout with the side menu (no settings for a REP)',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP);
      const nav = page.getByRole('navigation', { name: '主导航' });
      await nav.waitFor();
      for (const label of ['仪表盘', '客户', '销售漏斗', '客户分类']) {
        await nav.getByRole('link', { name: label, exact: true }).waitFor();
      }
      expect((await nav.getByRole('link', { name: '设置', exact: true }).count()) === 0, 'a REP does not see Settings');
      await page.getByRole('heading', { level: 2, name: '仪表盘' }).waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'zh-CN', 'the default language is zh-CN');
      // Every card has loaded (no skeleton left) and the charts are drawn, then their animation settles.
      await page.waitForFunction(
        // the charts are SVG inside a role="img" wrapper (components/charts/EChart.tsx)
        () => document.querySelectorAll('.ant-skeleton').length === 0 && document.querySelectorAll('[role="img"] svg').length >= 2,
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(1_500);
      await shot('dashboard');
      await expectAccessible(page, 'dashboard');
    },
  },
  {
    name: 'go to Accounts from the menu and see the table rows',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP);
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
      // Sorting lives in the URL, so the view can be bookmarked.
      await page.locator('th', { hasText: '年度潜在销售额' }).click();
      await page.waitForURL(/sort=estimatedAnnualPotential/);
      await rows.first().waitFor();
      // Industries show by name; the filter puts the code in the URL and narrows the list (li.na has two in 卫生).
      await page.getByRole('combobox', { name: '行业' }).fill('卫生'); // the option list is virtual: search it
      await page.locator('.ant-select-item-option', { hasText: '卫生' }).click();
      await page.waitForURL(/industry=HEALTH/);
      await page.getByText('共 2 个客户').waitFor();
      const industries = await rows.locator('td', { hasText: /^卫生$/ }).count(); // not 广东省卫生健康委员会
      expect(industries === 2, `both rows show the industry 卫生, found ${industries}`);
    },
  },
  {
    name: 'REP: open an account, add a DECISION-layer contact, switch language, sign out',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP, '/accounts?category=KEY');
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      const accountName = (await rows.first().locator('td').first().innerText()).split('\n')[0]?.trim() ?? '';
      await rows.first().locator('td').nth(2).click(); // a plain cell: the whole row opens the account
      await page.waitForURL(/\/accounts\/\d+$/);
      await page.getByRole('heading', { level: 2, name: accountName }).waitFor();
      await page.getByRole('tab', { name: '概览' }).waitFor();
      await page.getByText('月度销售额').waitFor();
      // A KEY account has monthly figures: the revenue chart draws them.
      await page.locator('[role="img"][aria-label*="个月的销售额与毛利"] svg').waitFor();
      expect((await page.getByRole('tab', { name: '变更历史' }).count()) === 0, 'a REP does not see the history tab');
      await shot('account-overview');
      await expectAccessible(page, 'account overview');

      await page.getByRole('tab', { name: '关键人物' }).click();
      await page.waitForURL(/tab=contacts/);
      const contactName = `e2e 决策人 ${Date.now() % 100000}`;
      await page.getByRole('button', { name: '添加关键人物' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('姓名').fill(contactName);
      await drawer.getByLabel('职务').fill('信息中心主任');
      await drawer.getByLabel('层级').click();
      await page.locator('.ant-select-item-option', { hasText: '决策层' }).click();
      await shot('contact-form');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await drawer.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-tbody tr', { hasText: contactName });
      await row.waitFor();
      expect((await row.innerText()).includes('决策层'), 'the new contact is listed at the decision layer');
      // The layer filter keeps it.
      await page.getByRole('group', { name: '按层级筛选' }).getByText('决策层', { exact: true }).click();
      await row.waitFor();
      await shot('account-contacts');
      await expectAccessible(page, 'account contacts');

      await page.getByText('English', { exact: true }).click();
      await page.getByRole('tab', { name: 'Contacts' }).waitFor();
      await page.locator('.ant-table-tbody tr', { hasText: contactName }).getByText('Decision', { exact: true }).waitFor();
      await page.getByTestId('user-menu').getByText('Sales rep').waitFor();
      await shot('account-contacts-en');
      await expectAccessible(page, 'account contacts (en-US)');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('tab', { name: '关键人物' }).waitFor();

      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL(/\/login$/);
      await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
      // The session is gone: the app asks to sign in again.
      await page.goto('/accounts');
      await page.waitForURL(/\/login\?next=%2Faccounts/);
    },
  },
  {
    name: 'switch language to English and back',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP, '/accounts');
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
    name: 'ADMIN: settings lists users and teams; MANAGER-only history tab is there for ADMIN',
    user: ADMIN,
    async run(page, shot) {
      await signIn(page, ADMIN, '/accounts');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置', exact: true }).click();
      await page.waitForURL(/\/settings/);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      await page.locator('.ant-table-tbody', { hasText: 'li.na@pareto.demo' }).waitFor();
      const text = await page.locator('.ant-table-tbody').innerText();
      expect(!RAW_CODES.test(text), `roles are translated, found ${RAW_CODES.exec(text)?.[0]}`);
      await shot('settings-users');
      await expectAccessible(page, 'settings users');
      await page.getByRole('tab', { name: '团队' }).click();
      await page.getByRole('tabpanel', { name: '团队' }).locator('tr.ant-table-row').first().waitFor();
      await shot('settings-teams');
      await page.goto('/accounts');
      await rows.first().waitFor();
      await rows.first().click();
      await page.getByRole('tab', { name: '变更历史' }).click();
      await page.getByRole('tabpanel', { name: '变更历史' }).locator('.ant-table').waitFor();
      await shot('account-history');
      await expectAccessible(page, 'account history');
    },
  },
  {
    name: 'an API error shows the problem title and detail',
    user: REP,
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
      await signIn(page, REP, '/accounts?size=400');
      const alert = page.getByRole('alert');
      await alert.getByText('查询参数无效').waitFor();
      await alert.getByText('每页数量不能超过 500').waitFor();
      await alert.getByText('size', { exact: true }).waitFor();
      await shot('accounts-error');
      await expectAccessible(page, 'accounts error');
    },
  },
  {
    name: 'the competitors tab of an account loads without errors',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP, '/accounts');
      await page.locator('.ant-table-tbody tr.ant-table-row').first().click();
      await page.waitForURL(/\/accounts\/\d+$/);
      await page.getByRole('tab', { name: '竞争对手' }).click();
      await page.getByRole('tabpanel', { name: '竞争对手' }).waitFor();
      await page.waitForLoadState('networkidle');
      if ((await page.locator('.ant-alert-error').count()) > 0) throw new Error('the competitors tab shows an error');
      await shot('account-competitors-tab');
      await expectAccessible(page, 'account competitors tab');
    },
  },
];

import { ADMIN, DEMO_PASSWORD, REP, RAW_CODES, expect, expectAccessible, test } from './fixtures';

// The walks, the way a sales rep uses the product. Each one starts from a fresh browser context.

test('a page asked for without a session goes to sign-in and back there afterwards', async ({ page, shot }) => {
  await page.goto('/accounts?category=KEY');
  await page.waitForURL(/\/login\?next=%2Faccounts%3Fcategory%3DKEY/);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  // A wrong password shows the problem detail.
  await page.getByLabel('邮箱').fill(REP);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await shot('login-failed');
  await expectAccessible(page, 'login');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/accounts\?category=KEY$/);
  await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
  const menu = page.getByTestId('user-menu');
  await expect(menu.getByText('李娜')).toBeVisible();
  await expect(menu.getByText('销售代表')).toBeVisible();
});

test('open / and see the layout with the side menu (no settings for a REP)', async ({ page, signIn, shot }) => {
  await signIn();
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['仪表盘', '客户', '销售漏斗', '客户分类']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: '设置', exact: true }), 'a REP does not see Settings').toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: '仪表盘' })).toBeVisible();
  await expect(page.locator('html'), 'the default language is zh-CN').toHaveAttribute('lang', 'zh-CN');
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
});

test('go to Accounts from the menu and see the table rows', async ({ page, signIn, shot }) => {
  await signIn();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await page.waitForURL(/\/accounts/);
  await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first(), 'the accounts table shows rows').toBeVisible();
  const tableText = await page.locator('.ant-table-tbody').innerText();
  expect(RAW_CODES.exec(tableText)?.[0], 'enum codes are translated').toBeUndefined();
  expect(tableText, 'money is formatted as CNY').toContain('¥');
  await shot('accounts-zh');
  await expectAccessible(page, 'accounts');
  // Sorting lives in the URL, so the view can be bookmarked.
  await page.locator('th', { hasText: '年度潜在销售额' }).click();
  await page.waitForURL(/sort=estimatedAnnualPotential/);
  await expect(rows.first()).toBeVisible();
  // Industries show by name; the filter puts the code in the URL and narrows the list (li.na has two in 卫生).
  await page.getByRole('combobox', { name: '行业' }).fill('卫生'); // the option list is virtual: search it
  await page.locator('.ant-select-item-option', { hasText: '卫生' }).click();
  await page.waitForURL(/industry=HEALTH/);
  await expect(page.getByText('共 2 个客户')).toBeVisible();
  // not 广东省卫生健康委员会
  await expect(rows.locator('td', { hasText: /^卫生$/ }), 'both rows show the industry 卫生').toHaveCount(2);
});

test('REP: open an account, add a DECISION-layer contact, switch language, sign out', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=KEY');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const accountName = (await rows.first().locator('td').first().innerText()).split('\n')[0]?.trim() ?? '';
  await rows.first().locator('td').nth(2).click(); // a plain cell: the whole row opens the account
  await page.waitForURL(/\/accounts\/\d+$/);
  await expect(page.getByRole('heading', { level: 2, name: accountName })).toBeVisible();
  await expect(page.getByRole('tab', { name: '概览' })).toBeVisible();
  await expect(page.getByText('月度销售额')).toBeVisible();
  // A KEY account has monthly figures: the revenue chart draws them.
  await expect(page.locator('[role="img"][aria-label*="个月的销售额与毛利"] svg')).toBeVisible();
  await expect(page.getByRole('tab', { name: '变更历史' }), 'a REP does not see the history tab').toHaveCount(0);
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
  await expect(drawer).toBeHidden();
  const row = page.locator('.ant-table-tbody tr', { hasText: contactName });
  await expect(row, 'the new contact is listed at the decision layer').toContainText('决策层');
  // The layer filter keeps it.
  await page.getByRole('group', { name: '按层级筛选' }).getByText('决策层', { exact: true }).click();
  await expect(row).toBeVisible();
  await shot('account-contacts');
  await expectAccessible(page, 'account contacts');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Contacts' })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr', { hasText: contactName }).getByText('Decision', { exact: true })).toBeVisible();
  await expect(page.getByTestId('user-menu').getByText('Sales rep')).toBeVisible();
  await shot('account-contacts-en');
  await expectAccessible(page, 'account contacts (en-US)');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('tab', { name: '关键人物' })).toBeVisible();

  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  // The session is gone: the app asks to sign in again.
  await page.goto('/accounts');
  await page.waitForURL(/\/login\?next=%2Faccounts/);
});

test('switch language to English and back', async ({ page, signIn, shot }) => {
  await signIn('/accounts');
  await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pipeline' })).toBeVisible();
  await expect(page.locator('html'), 'html lang follows the language').toHaveAttribute('lang', 'en-US');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await shot('accounts-en');
  await expectAccessible(page, 'accounts (en-US)');
  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Accounts' })).toBeVisible();
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
  await expect(page.locator('html'), 'switched back to zh-CN').toHaveAttribute('lang', 'zh-CN');
});

test.describe('as ADMIN', () => {
  test.use({ user: ADMIN });

  test('ADMIN: settings lists users and teams; MANAGER-only history tab is there for ADMIN', async ({ page, signIn, shot }) => {
    await signIn('/accounts');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置', exact: true }).click();
    await page.waitForURL(/\/settings/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(page.locator('.ant-table-tbody', { hasText: 'li.na@pareto.demo' })).toBeVisible();
    const text = await page.locator('.ant-table-tbody').innerText();
    expect(RAW_CODES.exec(text)?.[0], 'roles are translated').toBeUndefined();
    await shot('settings-users');
    await expectAccessible(page, 'settings users');
    await page.getByRole('tab', { name: '团队' }).click();
    await expect(page.getByRole('tabpanel', { name: '团队' }).locator('tr.ant-table-row').first()).toBeVisible();
    await shot('settings-teams');
    await page.goto('/accounts');
    await expect(rows.first()).toBeVisible();
    await rows.first().click();
    await page.getByRole('tab', { name: '变更历史' }).click();
    // the audit trail, or its empty state when no walk has changed this account yet
    const history = page.getByRole('tabpanel', { name: '变更历史' });
    await expect(history.locator('.ant-table').or(history.getByText('暂无变更记录'))).toBeVisible();
    await shot('account-history');
    await expectAccessible(page, 'account history');
  });
});

test.describe('with the accounts list refused', () => {
  test.use({ expectedConsoleErrors: /status of 400/ });

  test('an API error shows the problem title and detail', async ({ page, signIn, shot }) => {
    await page.route(/\/api\/v1\/accounts(\?.*)?$/, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        // the detail is shown because the answer says it is written in the UI's language
        headers: { 'Content-Language': 'zh-CN' },
        body: JSON.stringify({
          type: 'about:blank',
          title: '查询参数无效',
          status: 400,
          detail: '每页数量不能超过 500',
          errors: [{ field: 'size', message: '必须小于或等于 500' }],
        }),
      }),
    );
    await signIn('/accounts?size=400');
    const alert = page.getByRole('alert');
    await expect(alert.getByText('查询参数无效')).toBeVisible();
    await expect(alert.getByText('每页数量不能超过 500')).toBeVisible();
    await expect(alert.getByText('size', { exact: true })).toBeVisible();
    await shot('accounts-error');
    await expectAccessible(page, 'accounts error');
  });
});

test('the competitors tab of an account loads without errors', async ({ page, signIn, shot }) => {
  await signIn('/accounts');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().click();
  await page.waitForURL(/\/accounts\/\d+$/);
  await page.getByRole('tab', { name: '竞争对手' }).click();
  await expect(page.getByRole('tabpanel', { name: '竞争对手' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-alert-error'), 'the competitors tab shows no error').toHaveCount(0);
  await shot('account-competitors-tab');
  await expectAccessible(page, 'account competitors tab');
});

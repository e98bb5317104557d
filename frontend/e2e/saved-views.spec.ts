import { expect, expectAccessible, MANAGER, test } from './fixtures';

// Owner and region filters on the accounts list, and saved views that come back on any device.

test.describe('as MANAGER', () => {
  test.use({ user: MANAGER });

  test('MANAGER: filter the accounts by account manager and region, save the view, pick it again in a new session, delete it', async ({ page, signIn, shot, browser }) => {
    await signIn('/accounts');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();

    await page.getByTestId('filter-region').locator('input').fill('华东');
    await page.getByTestId('filter-region').locator('input').press('Enter');
    await page.waitForURL(/region=/);
    await page.getByTestId('filter-owner').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options.filter({ hasText: '李娜' }), 'the manager is offered the reps of the team').toBeVisible();
    await expect(options.filter({ hasText: /Emma|孙涛/ }), 'not the North team').toHaveCount(0);
    await options.filter({ hasText: '李娜' }).click();
    await page.waitForURL(/ownerId=\d+/);
    await expect(page).toHaveURL(/region=/);
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNotText: '李娜' }), 'every row is li.na’s').toHaveCount(0);
    const filteredUrl = new URL(page.url());

    const name = `华东 李娜 ${Date.now() % 100000}`;
    await page.getByTestId('save-view').click();
    await page.getByLabel('视图名称').fill(name);
    await page.getByLabel('视图名称').press('Enter');
    await expect(page.getByTestId('saved-views')).toContainText(name);
    await shot('accounts-saved-view');
    await expectAccessible(page, 'accounts with a saved view');

    // Another device: a fresh browser context, signed in again, finds the view on the server.
    const other = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page2 = await other.newPage();
    await page2.goto('/login?next=%2Faccounts');
    await page2.getByLabel('邮箱').fill(MANAGER);
    await page2.getByLabel('密码').fill('pareto-demo');
    await page2.getByRole('button', { name: /登\s*录/ }).click();
    await page2.waitForURL(/\/accounts$/);
    await page2.getByRole('combobox', { name: '已保存的视图' }).click();
    await page2.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
    await page2.waitForURL(/ownerId=\d+/);
    const picked = new URL(page2.url());
    expect(picked.searchParams.get('ownerId'), 'the view brings back the owner').toBe(filteredUrl.searchParams.get('ownerId'));
    expect(picked.searchParams.get('region'), 'and the region').toBe('华东');
    await expect(page2.getByTestId('filter-region').locator('input')).toHaveValue('华东');
    await other.close();

    await page.getByRole('button', { name: `删除视图 ${name}` }).click();
    await expect(page.getByTestId('saved-views')).not.toContainText(name);
  });
});

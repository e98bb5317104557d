import { expect, expectAccessible, test } from './fixtures';
import { expectNoOverflow, smallestFontPx } from './map';

// The decision map and saved views on a 390 × 844 touch phone.

test('REP on a phone: the account page, then the decision map as a list by layer that opens a person by tap', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=KEY');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole('link').first().tap();
  await page.waitForURL(/\/accounts\/\d+/);
  const sections = page.getByTestId('account-tab-select');
  await expect(sections).toBeVisible();
  await expectNoOverflow(page, 'account page');
  await shot('phone-account');

  await sections.tap();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '决策地图' }).tap();
  await page.waitForURL(/tab=decisionMap/);
  await expect(page.getByRole('meter', { name: '决策地图得分' })).toBeVisible({ timeout: 30_000 });
  const list = page.getByTestId('decision-map-list');
  await expect(list, 'a phone gets the list by layer, not a shrunken graph').toBeVisible();
  for (const name of ['形象层', '决策层', '实施层', '使用层']) await expect(list.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
  expect(await smallestFontPx(list), 'no text in the list is smaller than 12 px').toBeGreaterThanOrEqual(12);
  await expectNoOverflow(page, 'decision map');
  await shot('phone-decision-map');
  await expectAccessible(page, 'phone-decision-map');

  const first = list.getByTestId('map-node').first();
  await first.tap();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('的决策地图属性');
  await expect(drawer.getByTestId('owners-editor')).toBeVisible();
  await expect(drawer.getByRole('button', { name: /保\s*存/ }), 'the drawer fits the phone with its buttons').toBeInViewport();
  await drawer.getByRole('button', { name: /取\s*消/ }).tap();
  await expect(drawer).toBeHidden();

  // The graph stays one tap away.
  await page.getByText('地图', { exact: true }).tap();
  await expect(page.getByTestId('decision-map-graph')).toBeVisible();
  await expectNoOverflow(page, 'decision map as a graph');
});

test('REP on a phone: a region filter saved as a view and picked again', async ({ page, signIn, shot }) => {
  await signIn('/accounts');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('filter-region').locator('input').fill('华东');
  await page.getByTestId('filter-region').locator('input').press('Enter');
  await page.waitForURL(/region=/);
  const name = `手机 华东 ${Date.now() % 100000}`;
  await page.getByTestId('save-view').tap();
  await page.getByLabel('视图名称').fill(name);
  await page.getByRole('button', { name: /^保\s*存$/ }).tap();
  await expect(page.getByTestId('saved-views')).toContainText(name);
  await expectNoOverflow(page, 'accounts with filters and views');
  await shot('phone-accounts-saved-view');

  await page.goto('/accounts');
  await page.getByRole('combobox', { name: '已保存的视图' }).tap();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).tap();
  await page.waitForURL(/region=/);
  await page.getByRole('button', { name: `删除视图 ${name}` }).tap();
  await expect(page.getByTestId('saved-views')).not.toContainText(name);
});

import { expect, expectAccessible, test } from './fixtures';

// Walks of the decision map (决策地图).

test('REP: open an account, the decision map shows people and gaps, add a key person at the decision layer', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=KEY');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole('link').first().click();
  await page.waitForURL(/\/accounts\/\d+/);
  await page.getByRole('tab', { name: '决策地图' }).click();
  await page.waitForURL(/tab=decisionMap/);
  await expect(page.getByRole('meter', { name: '决策地图得分' })).toBeVisible({ timeout: 30_000 });
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first(), 'the decision map shows key persons').toBeVisible();
  const before = await nodes.count();
  await expect(page.getByTestId('gap-item').first().or(page.getByText('暂无缺口'))).toBeVisible();
  await shot('decision-map');
  await expectAccessible(page, 'decision-map');

  const name = `决策人 ${Date.now() % 100000}`;
  await page.getByRole('button', { name: /添加关键人物/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('姓名').fill(name);
  await drawer.getByLabel('职务').fill('分管副局长');
  await expect(drawer, 'a new key person starts in the decision layer').toContainText('决策层');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.locator('.react-flow__node', { hasText: name })).toBeVisible({ timeout: 30_000 });
  await expect(nodes, 'the new key person is on the map').toHaveCount(before + 1);
  await shot('decision-map-added');
});

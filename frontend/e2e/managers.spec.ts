import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickFirstFunnelBar } from './charts';
import { expect, expectAccessible, MANAGER, test } from './fixtures';

test.describe('as MANAGER', () => {
  test.use({ user: MANAGER });

  test('MANAGER: a click on a funnel stage of the dashboard opens the deals now in that stage', async ({ page, signIn, shot }) => {
    await signIn('/');
    const card = page.locator('.ant-card').filter({ hasText: '点击阶段可查看' });
    await clickFirstFunnelBar(page, card);
    await expect(page).toHaveURL(/\/pipeline\?tab=deals&stage=LEAD$/);
    await expect(page.getByTestId('deal-filter-stage')).toContainText('线索');
    const rows = page.locator('[data-testid="deal-list"] .ant-table-tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    const n = await rows.count();
    for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText('线索');
    await shot('funnel-drill-down');
    await expectAccessible(page, 'deals behind a funnel stage');
    // Removing the filter shows every stage again, and the URL says so.
    await page.getByTestId('deal-filter-stage').locator('.ant-tag-close-icon').click();
    await expect(page).toHaveURL(/\/pipeline\?tab=deals$/);
  });

  test('MANAGER: a key-account review cycle — open it, review an account, decide', async ({ page, signIn, shot }) => {
    await signIn('/reviews');
    await page.getByRole('button', { name: '发起评估周期' }).click();
    const period = `20${40 + Math.floor(Math.random() * 50)}-Q${1 + Math.floor(Math.random() * 4)}`;
    await page.getByLabel('期间（如 2026-Q4）').fill(period);
    await page.getByRole('button', { name: '发 起' }).or(page.getByRole('button', { name: '发起', exact: true })).click();
    await expect(page.getByTestId('review-progress')).toContainText('已提交 0/');
    const firstRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    const account = (await firstRow.locator('td').first().innerText()).trim();
    await firstRow.getByRole('button', { name: /填\s?写/ }).click();
    const drawer = page.getByRole('dialog', { name: `${account} 的评估` });
    await expect(drawer.getByTestId('review-figures')).toBeVisible();
    for (const rate of await drawer.locator('.ant-rate').all()) await rate.locator('.ant-rate-star').nth(3).click();
    await drawer.getByText('保持', { exact: true }).click();
    await shot('review-fill');
    await drawer.getByRole('button', { name: /提交审批/ }).click();
    await expect(drawer).toBeHidden();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: account });
    await expect(row).toContainText('待决定');
    await expect(page.getByTestId('review-progress')).toContainText('已提交 1/');
    await row.getByRole('button', { name: /决\s?定/ }).click();
    await page.locator('.ant-modal').getByRole('button', { name: /确\s?认/ }).click();
    await expect(row).toContainText('已采纳');
    await expect(page.getByTestId('review-progress')).toContainText('已决定 1');
    await shot('review-decided');
    await expectAccessible(page, 'key-account review');
  });

  test.describe('a refused file first', () => {
    test.use({ expectedConsoleErrors: /status of 422/ });
  test('MANAGER: import targets from CSV, then see attainment and the gap in the forecast', async ({ page, signIn, shot }) => {
    await signIn('/team');
    const table = page.getByTestId('team-table');
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
    const period = (await page.getByTestId('team-period').innerText()).trim();
    const file = join(tmpdir(), `targets-${Date.now()}.csv`);
    writeFileSync(file, `userEmail,period,amount\nli.na@pareto.demo,${period},5000000\nwang.lei@pareto.demo,${period},bad\n`);
    await page.getByTestId('targets-import').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: /检查文件/ }).click();
    // The bad amount is listed by row and column; nothing can be imported yet.
    await expect(page.getByTestId('import-errors')).toContainText('amount');
    await expect(page.getByRole('dialog').getByRole('button', { name: /^导\s?入$/ })).toBeDisabled();
    await shot('targets-import-rejected');
    writeFileSync(file, `userEmail,period,amount\nli.na@pareto.demo,${period},5000000\nwang.lei@pareto.demo,${period},4000000\n`);
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: /检查文件/ }).click();
    await expect(page.getByTestId('target-import-result')).toContainText('尚未写入');
    await page.getByRole('dialog').getByRole('button', { name: /^导\s?入$/ }).click();
    await expect(page.getByTestId('target-import-result')).toContainText('已导入 2 行');
    await page.getByRole('dialog').getByRole('button', { name: /^关\s?闭$/ }).last().click();
    await expect(table).toContainText('¥500');

    await page.goto('/pipeline?tab=forecast');
    const forecast = page.getByTestId('target-forecast');
    await expect(forecast).toContainText('李娜');
    await expect(forecast).toContainText('%');
    await shot('forecast-against-target');
    await expectAccessible(page, 'forecast against target');
  });
  });

  test('MANAGER: stuck deals grouped by owner', async ({ page, signIn, shot }) => {
    await signIn('/pipeline?tab=stuck&group=owner');
    const grouped = page.getByTestId('stuck-by-owner');
    await expect(grouped).toBeVisible();
    await shot('stuck-by-owner');
    await expectAccessible(page, 'stuck deals by owner');
  });
});

import { readFileSync } from 'node:fs';
import { ADMIN, expect, expectAccessible, test } from './fixtures';

// Walks of bulk import / export, personal API tokens and the classification run's progress.

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

test.describe('import', () => {
  // The refused dry run answers 422; the browser logs that as a failed resource.
  test.use({ expectedConsoleErrors: /status of 422/ });

  test('REP: import accounts from CSV (bad rows shown as a table, dry run, import), then export the filtered list', async ({ page, signIn, shot }) => {
    const prefix = `E2E-${Date.now()}`;
    await signIn('/accounts');
    await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    await expect(dialog).toBeVisible();
    const input = dialog.locator('input[type="file"]');

    await input.setInputFiles(csvFile('bad.csv', `externalId,name,industryCode\n${prefix}-1,,NO_SUCH_INDUSTRY\n`));
    await dialog.getByRole('button', { name: '校验（试运行）' }).click();
    const errors = dialog.getByTestId('import-errors');
    await expect(errors).toBeVisible({ timeout: 30_000 });
    const errorRows = await errors.locator('tbody tr').allInnerTexts();
    expect(errorRows.length, 'the bad file lists its rows').toBeGreaterThanOrEqual(1);
    expect(errorRows.filter((r) => !r.startsWith('1')), 'every error is on data row 1').toEqual([]);
    expect(errorRows.join(' | '), 'the bad value is shown').toContain('NO_SUCH_INDUSTRY');
    // the server's codes, translated: no English message inside the zh-CN dialog
    expect(errorRows.join(' | '), 'row errors in Chinese').toContain('必填');
    expect(errorRows.join(' | '), 'row errors in Chinese').toContain('没有此行业代码');
    await shot('import-row-errors');
    await expectAccessible(page, 'import-errors');

    await input.setInputFiles(csvFile('good.csv', `externalId,name,region\n${prefix}-1,${prefix} 甲公司,华东\n${prefix}-2,${prefix} 乙公司,华东\n`));
    await dialog.getByRole('button', { name: '校验（试运行）' }).click();
    await expect(dialog.getByTestId('import-checked')).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByTestId('import-run').getByText('导入 2 行')).toBeVisible();
    await shot('import-dry-run');
    await dialog.getByTestId('import-run').click();
    await expect(dialog.getByTestId('import-done').getByText('已导入 2 行。')).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: '关闭' }).click();

    // The list filtered by the prefix shows both, and its export holds exactly them.
    await page.goto(`/accounts?q=${prefix}`);
    await expect(page.getByText(`${prefix} 乙公司`)).toBeVisible();
    const exportLink = page.getByTestId('accounts-export');
    await expect(exportLink.getByText('导出 CSV（当前筛选）')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(lines, 'header + 2 rows exported').toHaveLength(3);
    expect(lines.slice(1).filter((l) => !l.includes(prefix)), 'only the filtered accounts').toEqual([]);

    // The same dialog in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    const english = page.getByRole('dialog', { name: 'Import a file' });
    await expect(english.getByText('Click or drop a CSV or JSON file here')).toBeVisible();
    await shot('import-en');
    await expectAccessible(page, 'import-en');
  });
});

test('REP: my API tokens from the user menu — the secret is shown once, then the token is revoked', async ({ page, signIn, shot }) => {
  await signIn();
  await page.getByTestId('user-menu').getByRole('button', { name: '我的 API 令牌' }).click();
  await page.waitForURL(/\/me\/tokens$/);
  await expect(page.getByRole('heading', { level: 2, name: '我的 API 令牌' })).toBeVisible();
  const name = `e2e ${Date.now()}`;
  await page.getByLabel('名称').fill(name);
  await page.getByRole('button', { name: '创建令牌' }).click();
  const secret = page.getByTestId('token-secret');
  await expect(secret, 'the secret is shown in full once').toHaveValue(/^pat_/);
  const secretValue = await secret.inputValue();
  await shot('my-tokens-secret');
  await expectAccessible(page, 'my-tokens-secret');
  await page.getByRole('button', { name: '我已保存' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row, 'the list never shows the secret').not.toContainText(secretValue);
  await row.getByRole('button', { name: `吊销 ${name}` }).click();
  await page.getByRole('tooltip').getByRole('button', { name: /^吊\s*销$/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My API tokens' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create token' })).toBeVisible();
  await shot('my-tokens-en');
  await expectAccessible(page, 'my-tokens-en');
});

test.describe('as ADMIN', () => {
  test.use({ user: ADMIN });

  test('ADMIN: running the active policy shows progress, blocks a second run, then the summary', async ({ page, signIn, shot }) => {
    // Hold the run's answer for 3 s so the progress state is surely on screen (the demo data classifies in ms).
    await page.route('**/api/v1/classification/runs', async (route) => {
      if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 3_000));
      await route.continue();
    });
    await signIn('/classification');
    const runNow = page.getByTestId('run-now');
    await expect(runNow).toBeVisible({ timeout: 30_000 });
    await runNow.click();
    await page.getByRole('tooltip').getByRole('button', { name: '立即按当前策略运行' }).click();
    const progress = page.getByTestId('run-progress');
    await expect(progress).toBeVisible();
    await expect(runNow, 'no second run while one is running').toBeDisabled();
    await expect(progress, 'the elapsed time is shown').toContainText('已用');
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expect(progress.getByText(/已用 [1-9] 秒/)).toBeVisible();
    await shot('classification-run-progress');
    await expect(progress).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByText(/分类已完成/)).toBeVisible();
    await expect(runNow, 'the run button is back').toBeEnabled();
  });
});

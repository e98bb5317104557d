import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';
import { ADMIN, DEMO_PASSWORD, type E2ETest, REP } from './walk';

/** Signs in through the sign-in page (zh-CN labels), starting from `path`, and waits to land there. */
async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** Walks of bulk import / export, personal API tokens and the classification run's progress. */
export const tests: E2ETest[] = [
  {
    name: 'REP: import accounts from CSV (bad rows shown as a table, dry run, import), then export the filtered list',
    user: REP,
    // The refused dry run answers 422; the browser logs that as a failed resource.
    expectedConsoleErrors: /status of 422/,
    async run(page, shot) {
      const prefix = `E2E-${Date.now()}`;
      await signIn(page, REP, '/accounts');
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      await page.getByRole('button', { name: '导入' }).click();
      const dialog = page.getByRole('dialog', { name: '导入文件' });
      await dialog.waitFor();
      const input = dialog.locator('input[type="file"]');

      await input.setInputFiles(csvFile('bad.csv', `externalId,name,industryCode\n${prefix}-1,,NO_SUCH_INDUSTRY\n`));
      await dialog.getByRole('button', { name: '校验（试运行）' }).click();
      const errors = dialog.getByTestId('import-errors');
      await errors.waitFor({ timeout: 30_000 });
      const errorRows = await errors.locator('tbody tr').allInnerTexts();
      expect(errorRows.length >= 1, `the bad file lists its rows, got ${errorRows.length}`);
      expect(errorRows.every((r) => r.startsWith('1')), `every error is on data row 1: ${errorRows.join(' | ')}`);
      expect(errorRows.some((r) => r.includes('NO_SUCH_INDUSTRY')), `the bad value is shown: ${errorRows.join(' | ')}`);
      // the server's codes, translated: no English message inside the zh-CN dialog
      expect(errorRows.some((r) => r.includes('必填')) && errorRows.some((r) => r.includes('没有此行业代码')),
        `row errors in Chinese: ${errorRows.join(' | ')}`);
      await shot('import-row-errors');
      await expectAccessible(page, 'import-errors');

      await input.setInputFiles(csvFile('good.csv', `externalId,name,region\n${prefix}-1,${prefix} 甲公司,华东\n${prefix}-2,${prefix} 乙公司,华东\n`));
      await dialog.getByRole('button', { name: '校验（试运行）' }).click();
      const checked = dialog.getByTestId('import-checked');
      await checked.waitFor({ timeout: 30_000 });
      await dialog.getByTestId('import-run').getByText('导入 2 行').waitFor();
      await shot('import-dry-run');
      await dialog.getByTestId('import-run').click();
      await dialog.getByTestId('import-done').getByText('已导入 2 行。').waitFor({ timeout: 30_000 });
      await dialog.getByRole('button', { name: '关闭' }).click();

      // The list filtered by the prefix shows both, and its export holds exactly them.
      await page.goto(`/accounts?q=${prefix}`);
      await page.getByText(`${prefix} 乙公司`).waitFor();
      const exportLink = page.getByTestId('accounts-export');
      await exportLink.getByText('导出 CSV（当前筛选）').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
      expect(lines.length === 3, `header + 2 rows exported, got ${lines.length}: ${lines.join(' | ')}`);
      expect(lines.slice(1).every((l) => l.includes(prefix)), `only the filtered accounts: ${lines.join(' | ')}`);

      // The same dialog in English.
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('button', { name: 'Import' }).click();
      const english = page.getByRole('dialog', { name: 'Import a file' });
      await english.getByText('Click or drop a CSV or JSON file here').waitFor();
      await shot('import-en');
      await expectAccessible(page, 'import-en');
    },
  },
  {
    name: 'REP: my API tokens from the user menu — the secret is shown once, then the token is revoked',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP, '/');
      await page.getByTestId('user-menu').getByRole('button', { name: '我的 API 令牌' }).click();
      await page.waitForURL(/\/me\/tokens$/);
      await page.getByRole('heading', { level: 2, name: '我的 API 令牌' }).waitFor();
      const name = `e2e ${Date.now()}`;
      await page.getByLabel('名称').fill(name);
      await page.getByRole('button', { name: '创建令牌' }).click();
      const secret = page.getByTestId('token-secret');
      await secret.waitFor();
      expect((await secret.inputValue()).startsWith('pat_'), 'the secret is shown in full once');
      await shot('my-tokens-secret');
      await expectAccessible(page, 'my-tokens-secret');
      await page.getByRole('button', { name: '我已保存' }).click();
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.waitFor();
      expect(!(await row.innerText()).includes((await secret.inputValue().catch(() => '')) || 'pat_never'), 'the list never shows the secret');
      await row.getByRole('button', { name: `吊销 ${name}` }).click();
      await page.getByRole('tooltip').getByRole('button', { name: /^吊\s*销$/ }).click();
      await row.waitFor({ state: 'detached' });
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'My API tokens' }).waitFor();
      await page.getByRole('button', { name: 'Create token' }).waitFor();
      await shot('my-tokens-en');
      await expectAccessible(page, 'my-tokens-en');
    },
  },
  {
    name: 'ADMIN: running the active policy shows progress, blocks a second run, then the summary',
    user: ADMIN,
    async run(page, shot) {
      // Hold the run's answer for 3 s so the progress state is surely on screen (the demo data classifies in ms).
      await page.route('**/api/v1/classification/runs', async (route) => {
        if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 3_000));
        await route.continue();
      });
      await signIn(page, ADMIN, '/classification');
      const runNow = page.getByTestId('run-now');
      await runNow.waitFor({ timeout: 30_000 });
      await runNow.click();
      await page.getByRole('tooltip').getByRole('button', { name: '立即按当前策略运行' }).click();
      const progress = page.getByTestId('run-progress');
      await progress.waitFor();
      expect(await runNow.isDisabled(), 'no second run while one is running');
      expect((await progress.innerText()).includes('已用'), 'the elapsed time is shown');
      await page.getByRole('tooltip').waitFor({ state: 'hidden' });
      await progress.getByText(/已用 [1-9] 秒/).waitFor();
      await shot('classification-run-progress');
      await progress.waitFor({ state: 'detached', timeout: 60_000 });
      await page.getByText(/分类已完成/).waitFor();
      expect(!(await runNow.isDisabled()), 'the run button is back');
    },
  },
];

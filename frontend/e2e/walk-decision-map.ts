import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';
import { DEMO_PASSWORD, type E2ETest, REP } from './walk';

async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Walks of the decision map (决策地图); they need the merged backend. */
export const tests: E2ETest[] = [
  {
    name: 'REP: open an account, the decision map shows people and gaps, add a key person at the decision layer',
    user: REP,
    async run(page, shot) {
      await signIn(page, REP, '/accounts?category=KEY');
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      await rows.first().getByRole('link').first().click();
      await page.waitForURL(/\/accounts\/\d+/);
      await page.getByRole('tab', { name: '决策地图' }).click();
      await page.waitForURL(/tab=decisionMap/);
      await page.getByRole('meter', { name: '决策地图得分' }).waitFor({ timeout: 30_000 });
      const nodes = page.locator('.react-flow__node');
      await nodes.first().waitFor();
      const before = await nodes.count();
      expect(before > 0, 'the decision map shows key persons');
      const gaps = page.getByTestId('gap-item');
      const noGaps = page.getByText('暂无缺口');
      await gaps.first().or(noGaps).waitFor();
      await shot('decision-map');
      await expectAccessible(page, 'decision-map');

      const name = `决策人 ${Date.now() % 100000}`;
      await page.getByRole('button', { name: /添加关键人物/ }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('姓名').fill(name);
      await drawer.getByLabel('职务').fill('分管副局长');
      expect((await drawer.innerText()).includes('决策层'), 'a new key person starts in the decision layer');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await drawer.waitFor({ state: 'hidden' });
      await page.locator('.react-flow__node', { hasText: name }).waitFor({ timeout: 30_000 });
      expect((await nodes.count()) === before + 1, 'the new key person is on the map');
      await shot('decision-map-added');
    },
  },
];

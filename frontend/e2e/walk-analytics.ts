import type { Locator, Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';
import { ADMIN, DEMO_PASSWORD, type E2ETest } from './walk';

/** A manager sees the team's deals, so the board surely has an open one to move. */
const MANAGER = 'zhao.min@pareto.demo';

/** Signs in through the sign-in page (zh-CN labels), starting from `path`, and waits to land there. */
async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

async function numberIn(input: Locator): Promise<number> {
  return Number((await input.inputValue()).replace(/[^\d.-]/g, ''));
}

const FORWARD: readonly [string, string][] = [
  ['LEAD', 'QUALIFIED'],
  ['QUALIFIED', 'PROPOSAL'],
  ['PROPOSAL', 'NEGOTIATION'],
];

/** Walks of the classification policy editor and the pipeline kanban (they need the merged backend). */
export const tests: E2ETest[] = [
  {
    name: 'ADMIN: on /classification change a weight pair, dry-run the new policy, see the transition matrix',
    user: ADMIN,
    async run(page, shot) {
      await signIn(page, ADMIN, '/classification');
      await page.getByRole('heading', { level: 2, name: '客户分类' }).waitFor();
      const newVersion = page.getByRole('button', { name: '新建版本' });
      await newVersion.waitFor({ timeout: 30_000 });
      await newVersion.click();
      const form = page.getByTestId('policy-form');
      await form.waitFor();
      const revenue = form.getByLabel('销售额（12 个月）');
      const profit = form.getByLabel('毛利（12 个月）');
      const r = await numberIn(revenue);
      const p = await numberIn(profit);
      // Move five points between the two weights, whichever way keeps both within 0..100.
      const delta = r >= 5 ? -5 : 5;
      await revenue.fill(String(r + delta));
      await revenue.press('Tab');
      await profit.fill(String(p - delta));
      await profit.press('Tab');
      await form.getByTestId('weight-sum').getByText('合计 100%').waitFor();
      await form.getByRole('button', { name: '创建草稿并试运行' }).click();
      const matrix = page.getByTestId('transition-matrix');
      await matrix.waitFor({ timeout: 60_000 });
      const text = await matrix.innerText();
      for (const category of ['大客户', '目标客户', '常规客户', '丢失的客户']) {
        expect(text.includes(category), `the transition matrix names ${category}`);
      }
      await page.getByTestId('run-summary').getByText('这是试运行预览，不会保存任何结果。').waitFor();
      await shot('classification-dry-run');
      await expectAccessible(page, 'classification');
    },
  },
  {
    name: 'MANAGER: move a deal one stage forward on the kanban',
    user: MANAGER,
    async run(page, shot) {
      await signIn(page, MANAGER, '/pipeline');
      await page.getByRole('heading', { level: 2, name: '销售漏斗' }).waitFor();
      const board = page.getByTestId('kanban');
      await board.waitFor({ timeout: 30_000 });
      let moved = false;
      for (const [from, to] of FORWARD) {
        const card = board.getByTestId(`column-${from}`).locator('[data-testid^="deal-"]').first();
        if ((await card.count()) === 0) continue;
        const testId = (await card.getAttribute('data-testid')) ?? '';
        const name = (await card.getAttribute('data-deal-name')) ?? '';
        // The card's "move to" menu: the same transition as a drop, and the path keyboard users take.
        // The mouse-drag path has its own walk below.
        await card.getByRole('button', { name: `移动到… “${name}”` }).click();
        const stageName = { QUALIFIED: '需求确认', PROPOSAL: '方案', NEGOTIATION: '商务谈判' }[to] ?? to;
        await page.getByRole('menuitem', { name: stageName, exact: true }).click();
        const notice = page.getByTestId('move-toast');
        await notice.waitFor();
        const noticeText = await notice.innerText();
        expect(noticeText.includes('已移到'), `the move succeeded, got: ${noticeText}`);
        // The column shows only its first page, so ask the server where the deal is now.
        const res = await page.request.get(`/api/v1/opportunities/${testId.replace('deal-', '')}`,
          { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
        const stage = ((await res.json()) as { stage?: string }).stage;
        expect(stage === to, `the deal is now in ${to}, the server says ${stage}`);
        moved = true;
        break;
      }
      expect(moved, 'some open deal in LEAD, QUALIFIED or PROPOSAL could be moved');
      await shot('pipeline-kanban-moved');
      await expectAccessible(page, 'pipeline');
    },
  },
  {
    name: 'MANAGER: drag a deal with the mouse onto the next stage; exactly that deal moves',
    user: MANAGER,
    async run(page, shot) {
      const transitions: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().includes('/transitions')) transitions.push(`${r.url()} ${r.postData() ?? ''}`);
      });
      await signIn(page, MANAGER, '/pipeline');
      const board = page.getByTestId('kanban');
      await board.waitFor({ timeout: 30_000 });
      let dragged = false;
      for (const [from, to] of FORWARD) {
        const cards = board.getByTestId(`column-${from}`).locator('[data-testid^="deal-"]');
        if ((await cards.count()) === 0) continue;
        // Not the first card: a drop that picked the wrong card would most likely pick the first one.
        const card = cards.nth(Math.min(1, (await cards.count()) - 1));
        const id = ((await card.getAttribute('data-testid')) ?? '').replace('deal-', '');
        const source = await card.boundingBox();
        const target = await board.getByTestId(`column-${to}`).boundingBox();
        expect(source && target, 'the card and the target column are on screen');
        // Real mouse events with intermediate moves, as a person drags (Chromium turns them into HTML5 drag events).
        await page.mouse.move(source.x + source.width / 2, source.y + 12);
        await page.mouse.down();
        await page.mouse.move(source.x + source.width / 2 + 20, source.y + 24, { steps: 5 });
        await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 15 });
        await page.mouse.up();
        const notice = page.getByTestId('move-toast');
        await notice.waitFor();
        expect((await notice.innerText()).includes('已移到'), `the drop moved the deal, got: ${await notice.innerText()}`);
        expect(transitions.length === 1 && transitions[0]?.includes(`/opportunities/${id}/transitions`) && transitions[0].includes(`"to":"${to}"`),
          `one transition, for the dragged deal ${id} to ${to}: ${transitions.join(' | ')}`);
        const res = await page.request.get(`/api/v1/opportunities/${id}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
        const stage = ((await res.json()) as { stage?: string }).stage;
        expect(stage === to, `the dragged deal is now in ${to}, the server says ${stage}`);
        dragged = true;
        break;
      }
      expect(dragged, 'some open deal in LEAD, QUALIFIED or PROPOSAL could be dragged');
      await shot('pipeline-kanban-dragged');
    },
  },
];

import type { Locator } from '@playwright/test';
import { ADMIN, MANAGER, expect, expectAccessible, test } from './fixtures';

// Walks of the classification policy editor and the pipeline kanban.

async function numberIn(input: Locator): Promise<number> {
  return Number((await input.inputValue()).replace(/[^\d.-]/g, ''));
}

const FORWARD: readonly [string, string][] = [
  ['LEAD', 'QUALIFIED'],
  ['QUALIFIED', 'PROPOSAL'],
  ['PROPOSAL', 'NEGOTIATION'],
];

const XHR = { headers: { 'X-Requested-With': 'XMLHttpRequest' } };

test.describe('as ADMIN', () => {
  test.use({ user: ADMIN });

  test('ADMIN: on /classification change a weight pair, dry-run the new policy, see the transition matrix', async ({ page, signIn, shot }) => {
    await signIn('/classification');
    await expect(page.getByRole('heading', { level: 2, name: '客户分类' })).toBeVisible();
    const newVersion = page.getByRole('button', { name: '新建版本' });
    await expect(newVersion).toBeVisible({ timeout: 30_000 });
    await newVersion.click();
    const form = page.getByTestId('policy-form');
    await expect(form).toBeVisible();
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
    await expect(form.getByTestId('weight-sum').getByText('合计 100%')).toBeVisible();
    await form.getByRole('button', { name: '创建草稿并试运行' }).click();
    const matrix = page.getByTestId('transition-matrix');
    await expect(matrix).toBeVisible({ timeout: 60_000 });
    for (const category of ['大客户', '目标客户', '常规客户', '丢失的客户']) {
      await expect(matrix, `the transition matrix names ${category}`).toContainText(category);
    }
    await expect(page.getByTestId('run-summary').getByText('这是试运行预览，不会保存任何结果。')).toBeVisible();
    await shot('classification-dry-run');
    await expectAccessible(page, 'classification');
  });
});

test.describe('as MANAGER', () => {
  test.use({ user: MANAGER });

  test('MANAGER: move a deal one stage forward on the kanban', async ({ page, signIn, shot }) => {
    await signIn('/pipeline');
    await expect(page.getByRole('heading', { level: 2, name: '销售漏斗' })).toBeVisible();
    const board = page.getByTestId('kanban');
    await expect(board).toBeVisible({ timeout: 30_000 });
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
      await expect(page.getByTestId('move-toast'), 'the move succeeded').toContainText('已移到');
      // The column shows only its first page, so ask the server where the deal is now.
      const res = await page.request.get(`/api/v1/opportunities/${testId.replace('deal-', '')}`, XHR);
      expect(((await res.json()) as { stage?: string }).stage, `the deal is now in ${to}`).toBe(to);
      moved = true;
      break;
    }
    expect(moved, 'some open deal in LEAD, QUALIFIED or PROPOSAL could be moved').toBe(true);
    await shot('pipeline-kanban-moved');
    await expectAccessible(page, 'pipeline');
  });

  test('MANAGER: drag a deal with the mouse onto the next stage; exactly that deal moves', async ({ page, signIn, shot }) => {
    const transitions: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/transitions')) transitions.push(`${r.url()} ${r.postData() ?? ''}`);
    });
    await signIn('/pipeline');
    const board = page.getByTestId('kanban');
    await expect(board).toBeVisible({ timeout: 30_000 });
    let dragged = false;
    for (const [from, to] of FORWARD) {
      const cards = board.getByTestId(`column-${from}`).locator('[data-testid^="deal-"]');
      if ((await cards.count()) === 0) continue;
      // Not the first card: a drop that picked the wrong card would most likely pick the first one.
      const card = cards.nth(Math.min(1, (await cards.count()) - 1));
      const id = ((await card.getAttribute('data-testid')) ?? '').replace('deal-', '');
      const source = await card.boundingBox();
      const target = await board.getByTestId(`column-${to}`).boundingBox();
      if (!source || !target) throw new Error('the card and the target column are on screen');
      // Real mouse events with intermediate moves, as a person drags (Chromium turns them into HTML5 drag events).
      await page.mouse.move(source.x + source.width / 2, source.y + 12);
      await page.mouse.down();
      await page.mouse.move(source.x + source.width / 2 + 20, source.y + 24, { steps: 5 });
      await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 15 });
      await page.mouse.up();
      await expect(page.getByTestId('move-toast'), 'the drop moved the deal').toContainText('已移到');
      expect(transitions, `one transition, for the dragged deal ${id} to ${to}`).toHaveLength(1);
      expect(transitions[0]).toContain(`/opportunities/${id}/transitions`);
      expect(transitions[0]).toContain(`"to":"${to}"`);
      const res = await page.request.get(`/api/v1/opportunities/${id}`, XHR);
      expect(((await res.json()) as { stage?: string }).stage, `the dragged deal is now in ${to}`).toBe(to);
      dragged = true;
      break;
    }
    expect(dragged, 'some open deal in LEAD, QUALIFIED or PROPOSAL could be dragged').toBe(true);
    await shot('pipeline-kanban-dragged');
  });
});

import { expect, expectAccessible, test } from './fixtures';
import { expectNoOverflow } from './map';

// Walks on a 390 × 844 touch phone (the "phone" project runs *.phone.spec.ts).

test('REP on a phone: navigation drawer, accounts fit the screen, a deal moves by touch with undo offered', async ({ page, signIn, shot }) => {
  await signIn('/accounts');
  await expect(page.getByRole('heading', { level: 2, name: '客户' })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await expectNoOverflow(page, 'accounts');
  await shot('phone-accounts');
  await expectAccessible(page, 'phone-accounts');

  await page.getByTestId('nav-toggle').tap();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '销售漏斗' }).tap();
  await page.waitForURL(/\/pipeline/);
  const board = page.getByTestId('kanban');
  await expect(board).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stage-switcher')).toBeVisible();
  await expectNoOverflow(page, 'pipeline');
  const card = board.getByTestId('column-LEAD').locator('[data-testid^="deal-"]').first();
  await expect(card).toBeVisible();
  const id = ((await card.getAttribute('data-testid')) ?? '').replace('deal-', '');
  await card.getByTestId(`move-${id}`).tap();
  await page.getByRole('menuitem', { name: '需求确认', exact: true }).tap();
  await expect(page.getByTestId('move-toast')).toBeVisible();
  await expect(page.getByTestId('undo-move'), 'the toast offers an undo').toHaveCount(1);
  const res = await page.request.get(`/api/v1/opportunities/${id}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(((await res.json()) as { stage?: string }).stage, 'the deal moved by touch is now QUALIFIED').toBe('QUALIFIED');
  await shot('phone-kanban');
  await expectAccessible(page, 'phone-kanban');

  await page.goto(`/opportunities/${id}`);
  await expect(page.getByTestId('deal-moves')).toBeVisible();
  await expectNoOverflow(page, 'deal page');
  await shot('phone-deal');
  await expectAccessible(page, 'phone-deal');
});

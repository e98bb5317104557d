import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';
import { DEMO_PASSWORD, type E2ETest, REP } from './walk';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).tap();
  await page.getByTestId('user-menu').waitFor();
}

/** Nothing on the screen may be wider than the phone. */
async function expectNoOverflow(page: Page, label: string): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  expect(scroll <= inner, `${label}: the page is ${scroll} px wide on a ${inner} px screen`);
}

/** Walks on a 390 × 844 touch phone. */
export const tests: E2ETest[] = [
  {
    name: 'REP on a phone: navigation drawer, accounts fit the screen, a deal moves by touch with undo offered',
    user: REP,
    device: PHONE,
    async run(page, shot) {
      await signIn(page, REP, '/accounts');
      await page.getByRole('heading', { level: 2, name: '客户' }).waitFor();
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await expectNoOverflow(page, 'accounts');
      await shot('phone-accounts');
      await expectAccessible(page, 'phone-accounts');

      await page.getByTestId('nav-toggle').tap();
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '销售漏斗' }).tap();
      await page.waitForURL(/\/pipeline/);
      const board = page.getByTestId('kanban');
      await board.waitFor({ timeout: 30_000 });
      await page.getByTestId('stage-switcher').waitFor();
      await expectNoOverflow(page, 'pipeline');
      const card = board.getByTestId('column-LEAD').locator('[data-testid^="deal-"]').first();
      await card.waitFor();
      const id = ((await card.getAttribute('data-testid')) ?? '').replace('deal-', '');
      await card.getByTestId(`move-${id}`).tap();
      await page.getByRole('menuitem', { name: '需求确认', exact: true }).tap();
      await page.getByTestId('move-toast').waitFor();
      expect((await page.getByTestId('undo-move').count()) === 1, 'the toast offers an undo');
      const res = await page.request.get(`/api/v1/opportunities/${id}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
      const stage = ((await res.json()) as { stage?: string }).stage;
      expect(stage === 'QUALIFIED', `the deal moved by touch is now QUALIFIED, the server says ${stage}`);
      await shot('phone-kanban');
      await expectAccessible(page, 'phone-kanban');

      await page.goto(`/opportunities/${id}`);
      await page.getByTestId('deal-moves').waitFor();
      await expectNoOverflow(page, 'deal page');
      await shot('phone-deal');
      await expectAccessible(page, 'phone-deal');
    },
  },
];

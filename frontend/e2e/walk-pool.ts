import type { Page } from 'playwright-core';
import { expect, expectAccessible } from './harness';
import { DEMO_PASSWORD, type E2ETest, REP } from './walk';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(REP);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** A rep releases a normal account to the team's pool (退回公海), finds it there and claims it back (领取). */
async function releaseAndClaim(page: Page, shot: (name: string) => Promise<void>, phone: boolean): Promise<void> {
  await signIn(page, '/accounts?category=NORMAL');
  const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
  await row.waitFor();
  await row.locator('a').first().click();
  await page.waitForURL(/\/accounts\/\d+$/);
  const name = (await page.locator('#page-title').textContent())?.trim() ?? '';
  expect(name.length > 0, 'the account page names the account');

  await page.getByTestId('account-release').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('release-reason').fill('客户已转向集团集中采购，暂无跟进空间');
  await dialog.getByRole('button', { name: /退回公海/ }).click();
  await page.waitForURL(/\/pool$/);

  await page.getByTestId('pool-search').locator('input').fill(name);
  await page.getByTestId('pool-search').locator('input').press('Enter');
  const item = phone ? page.getByTestId('pool-card').filter({ hasText: name }) : page.locator('.ant-table-row').filter({ hasText: name });
  await item.first().waitFor();
  await item.first().getByText('主动退回').waitFor();
  if (phone) {
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
    expect(scroll <= inner, `pool: the page is ${scroll} px wide on a ${inner} px screen`);
  }
  await shot(phone ? 'pool-phone' : 'pool');
  await expectAccessible(page, phone ? 'pool-phone' : 'pool');

  await item.first().getByRole('button', { name: /领\s*取/ }).click();
  await page.getByRole('tooltip').getByRole('button', { name: /领\s*取/ }).click();
  await page.getByText(`已领取“${name}”`).waitFor();
  await page.getByTestId('pool-total').filter({ hasText: '共 0 个客户' }).waitFor();

  await page.getByRole('tab', { name: '回收规则' }).click();
  await page.getByTestId('pool-rule-default').waitFor();
  await shot(phone ? 'pool-rules-phone' : 'pool-rules');
}

export const tests: E2ETest[] = [
  {
    name: 'REP: release a normal account to the 公海, find it there and claim it back',
    user: REP,
    run: (page, shot) => releaseAndClaim(page, shot, false),
  },
  {
    name: 'REP on a phone: the 公海 fits 390 px, release and claim by the same steps',
    user: REP,
    device: PHONE,
    run: (page, shot) => releaseAndClaim(page, shot, true),
  },
];

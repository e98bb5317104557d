import { type APIRequestContext, type Page, request } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectAccessible, REP } from './fixtures';

/** Signed in by HTTP Basic, as scripts do: for setting up what a walk then finds on screen. */
export async function apiAs(baseURL: string | undefined, email: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL,
    httpCredentials: { username: email, password: DEMO_PASSWORD, send: 'always' },
    extraHTTPHeaders: { 'X-Requested-With': 'XMLHttpRequest' },
  });
}

/** Nothing on the screen may be wider than the phone. */
export async function expectNoOverflow(page: Page, label: string): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  expect(scroll, `${label}: the page is no wider than the ${inner} px screen`).toBeLessThanOrEqual(inner);
}

async function press(phone: boolean, target: ReturnType<Page['locator']>): Promise<void> {
  await (phone ? target.tap() : target.click());
}

/** The pool's entry of an account, found by the pool's search. */
async function findInPool(page: Page, name: string, phone: boolean) {
  const search = page.getByTestId('pool-search').locator('input');
  await search.fill(name);
  await search.press('Enter');
  const item = phone ? page.getByTestId('pool-card').filter({ hasText: name }) : page.locator('.ant-table-row').filter({ hasText: name });
  await expect(item.first()).toBeVisible();
  return item.first();
}

/**
 * A rep releases a NORMAL account of theirs to the team's pool (退回公海), finds it there and claims
 * it back (领取). The name is read from the list row, before the account page.
 */
export async function releaseAndClaim(page: Page, shot: (name: string) => Promise<void>, phone: boolean): Promise<void> {
  const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
  await expect(row).toBeVisible();
  const link = row.locator('a').first();
  const name = ((await link.textContent()) ?? '').trim();
  expect(name.length, 'the list row names the account').toBeGreaterThan(0);
  await press(phone, link);
  await page.waitForURL(/\/accounts\/\d+$/);

  await press(phone, page.getByTestId('account-release'));
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('release-reason').fill('客户已转向集团集中采购，暂无跟进空间');
  await press(phone, dialog.getByRole('button', { name: /退回公海/ }));
  await page.waitForURL(/\/pool(\?.*)?$/);

  const item = await findInPool(page, name, phone);
  await expect(item.getByText('主动退回')).toBeVisible();
  if (phone) await expectNoOverflow(page, 'pool');
  await shot(phone ? 'pool-phone' : 'pool');
  await expectAccessible(page, phone ? 'pool-phone' : 'pool');

  await press(phone, item.getByRole('button', { name: /领\s*取/ }));
  await press(phone, page.getByRole('tooltip').getByRole('button', { name: /领\s*取/ }));
  await expect(page.getByText(`已领取“${name}”`)).toBeVisible();
}

/** A manager assigns (分配) an account a rep of the team released to one of the team's reps. */
export async function assignFromPool(page: Page, baseURL: string | undefined, shot: (name: string) => Promise<void>, phone: boolean): Promise<void> {
  const rep = await apiAs(baseURL, REP);
  const list = await rep.get('/api/v1/accounts?category=NORMAL&size=1&sort=-updatedAt');
  const account = ((await list.json()) as { items: { id: number; name: string; version: number }[] }).items[0];
  expect(account, 'the rep owns a NORMAL account to release').toBeDefined();
  if (!account) return;
  const released = await rep.post(`/api/v1/accounts/${account.id}/release`, {
    headers: { 'If-Match': `"${account.version}"` },
    data: { reason: '人员调整，交由经理分配' },
  });
  expect(released.status(), 'the rep released the account').toBe(204);
  await rep.dispose();

  await page.goto('/pool');
  const item = await findInPool(page, account.name, phone);
  await press(phone, item.getByRole('button', { name: /分\s*配/ }));
  const dialog = page.getByRole('dialog');
  await press(phone, dialog.getByTestId('pool-assign-user'));
  await press(phone, page.locator('.ant-select-item-option').filter({ hasText: '李娜' }).first());
  await shot(phone ? 'pool-assign-phone' : 'pool-assign');
  await press(phone, dialog.getByRole('button', { name: /分\s*配/ }));
  await expect(page.getByText(`已分配“${account.name}”`)).toBeVisible();
}

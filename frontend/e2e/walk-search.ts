import type { Page } from 'playwright-core';
import { expectAccessible } from './harness';
import { ADMIN, DEMO_PASSWORD, type E2ETest } from './walk';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** The global search (全局搜索): Ctrl+K from anywhere, Chinese by pinyin and initials, Enter opens. */
export const tests: E2ETest[] = [
  {
    name: 'ADMIN: Ctrl+K, "huatai" and "ht" find 华泰证券, Enter opens it; an owner is found by name',
    user: ADMIN,
    async run(page, shot) {
      await signIn(page, ADMIN);
      await page.keyboard.press('Control+K');
      const dialog = page.getByRole('dialog', { name: '全局搜索' });
      const box = dialog.getByRole('combobox');
      await box.waitFor();
      await box.fill('huatai');
      const hit = dialog.getByTestId('search-hit').filter({ hasText: '华泰证券' });
      await hit.first().waitFor();
      await shot('search-pinyin');
      await expectAccessible(page, 'search');

      await box.fill('ht');
      await dialog.locator('#global-search-results[aria-busy="false"]').waitFor();
      await hit.first().waitFor();
      await box.fill('李娜');
      await dialog.getByRole('group', { name: '同事' }).getByText('李娜').waitFor();

      await box.fill('huataizheng');
      // Enter opens a hit of the text typed, once its results are in (not the previous query's)
      await dialog.locator('#global-search-results[aria-busy="false"]').waitFor();
      await hit.first().waitFor();
      await box.press('Enter');
      await page.waitForURL(/\/accounts\/\d+$/);
      await dialog.waitFor({ state: 'hidden' });
      // the account page loads its record after the route changes
      await page.locator('#main h1, #main h2').filter({ hasText: '华泰证券' }).first().waitFor();
    },
  },
];

import { ADMIN, expectAccessible, expect, test } from './fixtures';

// The global search (全局搜索): Ctrl+K from anywhere, Chinese by pinyin and initials, Enter opens.

test.use({ user: ADMIN });

test('ADMIN: Ctrl+K, "huatai" and "ht" find 华泰证券, Enter opens it; an owner is found by name', async ({ page, signIn, shot }) => {
  await signIn();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: '全局搜索' });
  const box = dialog.getByRole('combobox');
  await expect(box).toBeVisible();
  await box.fill('huatai');
  const hit = dialog.getByTestId('search-hit').filter({ hasText: '华泰证券' });
  await expect(hit.first()).toBeVisible();
  await shot('search-pinyin');
  await expectAccessible(page, 'search');

  await box.fill('ht');
  await expect(dialog.locator('#global-search-results[aria-busy="false"]')).toBeVisible();
  await expect(hit.first()).toBeVisible();
  await box.fill('李娜');
  await expect(dialog.getByRole('group', { name: '同事' }).getByText('李娜')).toBeVisible();

  await box.fill('huataizheng');
  // Enter opens a hit of the text typed, once its results are in (not the previous query's)
  await expect(dialog.locator('#global-search-results[aria-busy="false"]')).toBeVisible();
  await expect(hit.first()).toBeVisible();
  await box.press('Enter');
  await page.waitForURL(/\/accounts\/\d+$/);
  await expect(dialog).toBeHidden();
  // the account page loads its record after the route changes
  await expect(page.locator('#main h1, #main h2').filter({ hasText: '华泰证券' }).first()).toBeVisible();
});

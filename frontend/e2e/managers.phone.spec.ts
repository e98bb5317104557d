import { expect, MANAGER, test } from './fixtures';
import { clickFirstFunnelBar } from './charts';

test.describe('as MANAGER on a phone', () => {
  test.use({ user: MANAGER });

  test('MANAGER phone: funnel stage → the deals behind it; the review worksheet fits the screen', async ({ page, signIn, shot }) => {
    await signIn('/');
    const card = page.locator('.ant-card').filter({ hasText: '点击阶段可查看' });
    await card.scrollIntoViewIfNeeded();
    await clickFirstFunnelBar(page, card);
    await expect(page).toHaveURL(/\/pipeline\?tab=deals&stage=LEAD$/);
    await expect(page.locator('[data-testid="deal-list"] .ant-table-row').first()).toContainText('线索');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scrolling of the page').toBeLessThanOrEqual(390);
    await shot('phone-funnel-drill-down');

    await page.goto('/reviews');
    await expect(page.getByRole('heading', { name: '大客户评估' })).toBeVisible();
    await shot('phone-reviews');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

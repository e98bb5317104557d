import type { Page } from '@playwright/test';
import { ADMIN, expect, expectAccessible, test } from './fixtures';
import { WebhookReceiver } from './webhookReceiver';

async function expectNoOverflow(page: Page, label: string): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  expect(scroll, `${label}: the page is no wider than the ${inner} px screen`).toBeLessThanOrEqual(inner);
}

test.describe('as ADMIN', () => {
  test.use({ user: ADMIN });

  test('ADMIN on a phone: registers a webhook endpoint and reads its delivery log', async ({ page, signIn, shot }) => {
    const receiver = await WebhookReceiver.start();
    try {
      await signIn('/settings?tab=webhooks');
      await page.getByRole('button', { name: '新建接收端' }).tap();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('接收地址').fill(receiver.url);
      await drawer.getByRole('checkbox', { name: /联系人删除/ }).tap();
      await expectNoOverflow(page, 'webhook form');
      await shot('phone-webhooks-form');
      await drawer.getByRole('button', { name: /保\s*存/ }).tap();
      const secret = page.getByTestId('webhook-secret');
      await expect(secret).toHaveValue(/^whsec_/);
      receiver.secret = await secret.inputValue();
      await page.getByRole('button', { name: '我已保存' }).tap();

      const row = page.locator('.ant-table-row', { hasText: receiver.url });
      await expect(row).toContainText('联系人删除');
      await expectNoOverflow(page, 'webhooks list');
      await shot('phone-webhooks-list');
      await expectAccessible(page, 'phone webhooks list');

      await row.getByRole('button', { name: `向 ${receiver.url} 发送测试事件` }).tap();
      await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      expect(receiver.nth(0).signed).toBe(true);
      await row.getByRole('button', { name: `${receiver.url} 的投递记录` }).tap();
      const log = page.getByRole('dialog', { name: '投递记录' });
      await expect(async () => {
        await log.getByRole('button', { name: '刷新' }).tap();
        await expect(log.locator('.ant-table-row').first()).toContainText('已送达', { timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(log.locator('.ant-spin-spinning'), 'the log has loaded').toHaveCount(0);
      await page.waitForTimeout(500); // the drawer's slide-in and the toast settle before the picture
      await expectNoOverflow(page, 'delivery log');
      await shot('phone-webhooks-deliveries');
      await expectAccessible(page, 'phone webhooks deliveries');
    } finally {
      await receiver.close();
    }
  });
});

import { ADMIN, expect, expectAccessible, test } from './fixtures';
import { WebhookReceiver } from './webhookReceiver';

// The backend under test must accept loopback targets (pareto.webhooks.allow-private-targets=true,
// as scripts/test starts it); the receiver is a tiny HTTP server in this process.

test.describe('as ADMIN', () => {
  test.use({ user: ADMIN });

  test('ADMIN: registers a webhook endpoint, a signed test event arrives, the log shows it and replays it', async ({ page, signIn, shot }) => {
    const receiver = await WebhookReceiver.start();
    try {
      await signIn('/settings?tab=webhooks');
      await expect(page.getByRole('tab', { name: '事件推送' })).toHaveAttribute('aria-selected', 'true');

      await page.getByRole('button', { name: '新建接收端' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('接收地址').fill(receiver.url);
      await drawer.getByRole('checkbox', { name: /客户更新/ }).check();
      await drawer.getByRole('checkbox', { name: /商机阶段变更/ }).check();
      await shot('webhooks-form');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();

      // the secret is shown once
      const secret = page.getByTestId('webhook-secret');
      await expect(secret).toHaveValue(/^whsec_/);
      receiver.secret = await secret.inputValue();
      await shot('webhooks-secret');
      await page.getByRole('button', { name: '我已保存' }).click();

      const row = page.locator('.ant-table-row', { hasText: receiver.url });
      await expect(row).toContainText('客户更新');
      await expect(row).toContainText('已启用');
      await shot('webhooks-list');
      await expectAccessible(page, 'webhooks list');

      await row.getByRole('button', { name: `向 ${receiver.url} 发送测试事件` }).click();
      await expect.poll(() => receiver.received.length, { message: 'the test event arrives', timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      const first = receiver.nth(0);
      expect(first.event).toBe('webhook.test');
      expect(first.signed, 'its Pareto-Signature verifies with the secret shown once').toBe(true);

      await row.getByRole('button', { name: `${receiver.url} 的投递记录` }).click();
      const log = page.getByRole('dialog', { name: '投递记录' });
      const delivery = log.locator('.ant-table-row', { hasText: first.delivery });
      await expect(async () => {
        await log.getByRole('button', { name: '刷新' }).click();
        await expect(delivery).toContainText('已送达', { timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(log.locator('.ant-spin-spinning'), 'the log has loaded').toHaveCount(0);
      await page.waitForTimeout(500); // the drawer's slide-in and the toast settle before the picture
      await expect(delivery).toContainText('测试事件');
      await expect(delivery).toContainText('200');
      await shot('webhooks-deliveries');
      await expectAccessible(page, 'webhooks deliveries');

      await delivery.getByRole('button', { name: `重新投递 ${first.delivery}` }).click();
      await expect.poll(() => receiver.received.length, { message: 'the replay arrives', timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      expect(receiver.nth(1).delivery, 'a replay keeps the delivery id').toBe(first.delivery);
      expect(receiver.nth(1).signed).toBe(true);
      await page.keyboard.press('Escape');
      await expect(log).toBeHidden();
    } finally {
      await receiver.close();
    }
  });
});

import type { Page } from '@playwright/test';
import { ADMIN, expect, expectAccessible, RAW_CODES } from './fixtures';
import { apiAs, expectNoOverflow } from './pool-walk';

/**
 * Two spellings of one company entered by two people (华为技术有限公司 / 华为技术(深圳)有限公司): the
 * administrator finds them on the duplicates page, keeps the first, takes the region of the second,
 * sees what moves and merges; the second's id then answers 404 MERGED pointing at the first.
 */
export async function duplicatesToMerge(page: Page, baseURL: string | undefined, shot: (name: string) => Promise<void>, phone: boolean): Promise<void> {
  const tag = Math.random().toString(36).slice(2, 7);
  const admin = await apiAs(baseURL, ADMIN);
  const create = async (name: string, region: string): Promise<number> => {
    const res = await admin.post('/api/v1/accounts?duplicateReason=e2e', { data: { name, region } });
    expect(res.status(), `created ${name}`).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const survivor = await create(`华为技术有限公司 ${tag}`, '华东');
  const duplicate = await create(`华为技术(深圳)有限公司 ${tag}`, '华南');
  const contact = await admin.post(`/api/v1/accounts/${duplicate}/contacts`, { data: { name: '李明', layer: 'DECISION' } });
  expect(contact.status()).toBe(201);

  const press = (l: ReturnType<Page['locator']>) => (phone ? l.tap() : l.click());
  await page.goto('/accounts/duplicates');
  const cluster = page.locator('.ant-table-row').filter({ hasText: `华为技术(深圳)有限公司 ${tag}` });
  await expect(cluster).toBeVisible();
  await press(cluster.getByRole('link', { name: `合并 华为技术(深圳)有限公司 ${tag}` }));
  await page.waitForURL(new RegExp(`/accounts/${survivor}/merge\\?with=${duplicate}$`));

  await expect(page.getByRole('heading', { level: 2, name: '合并客户' })).toBeVisible();
  const fields = page.getByTestId('merge-fields');
  await expect(fields).toBeVisible();
  await press(fields.getByRole('radio', { name: '华南' }));
  await expect(page.getByTestId('merge-moves')).toContainText('关键人物');
  await expect(page.locator('main')).not.toContainText(RAW_CODES);
  if (phone) await expectNoOverflow(page, 'merge');
  await shot(phone ? 'merge-phone' : 'merge');
  await expectAccessible(page, phone ? 'merge-phone' : 'merge');

  await press(page.getByRole('button', { name: /^合\s*并$/ }));
  await press(page.getByRole('tooltip').getByRole('button', { name: /^合\s*并$/ }));
  await page.waitForURL(new RegExp(`/accounts/${survivor}$`));
  await expect(page.getByText(`已合并到 华为技术有限公司 ${tag}`)).toBeVisible();

  const gone = await admin.get(`/api/v1/accounts/${duplicate}`);
  expect(gone.status(), 'the duplicate is gone').toBe(404);
  expect(((await gone.json()) as { mergedInto?: number }).mergedInto, 'and points at the survivor').toBe(survivor);
  const kept = (await (await admin.get(`/api/v1/accounts/${survivor}`)).json()) as { region?: string };
  expect(kept.region, 'the region chosen from the duplicate').toBe('华南');
  await admin.dispose();
}

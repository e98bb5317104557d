import { expect, type Locator, type Page } from '@playwright/test';

// Helpers of the walks that measure the layout: text size, overflow; and the way to a decision map.
/** Nothing on the screen may be wider than the phone. */
export async function expectNoOverflow(page: Page, label: string): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  expect(scroll, `${label}: the page is no wider than the ${inner} px screen`).toBeLessThanOrEqual(inner);
}


/** Opens the first KEY account of the signed-in rep on its decision-map tab. */
export async function openDecisionMap(page: Page): Promise<void> {
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole('link').first().click();
  await page.waitForURL(/\/accounts\/\d+/);
  await page.getByRole('tab', { name: '决策地图' }).click();
  await page.waitForURL(/tab=decisionMap/);
  await expect(page.getByRole('meter', { name: '决策地图得分' })).toBeVisible({ timeout: 30_000 });
}

/** The smallest computed font size of any element inside `root` that holds text of its own. */
export async function smallestFontPx(root: Locator): Promise<number> {
  return root.evaluate((el) => {
    let min = Infinity;
    for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
      const ownText = Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (ownText && (e as HTMLElement).offsetParent !== null) min = Math.min(min, parseFloat(getComputedStyle(e).fontSize));
    }
    return min;
  });
}


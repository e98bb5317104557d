import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Clicks the widest bar (the first stage) of the funnel chart in the given card. */
export async function clickFirstFunnelBar(page: Page, card: ReturnType<Page['locator']>) {
  const chart = card.locator('[role="img"]').first();
  // drawn once the stage labels are there
  await expect(chart.locator('svg text').first()).toBeVisible();
  const box = await chart.boundingBox();
  if (!box) throw new Error('funnel chart has no box');
  // grid top 8 px; six stages share the height, so the first band's middle is 8 + (h − 16) / 12
  await page.mouse.click(box.x + box.width * 0.5, box.y + 8 + (box.height - 16) / 12);
}

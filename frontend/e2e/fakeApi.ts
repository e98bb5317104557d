/**
 * TEMPORARY: a stand-in for the backend's /api/v1/accounts while the backend does not exist yet.
 * Enabled only with PARETO_E2E_FAKE_API=1. Delete this file (and its use in run.ts) once the
 * SPA is walked against the real Quarkus service.
 */
import type { Page, Route } from 'playwright-core';
import type { components } from '../src/api/schema';

type FakeAccount = components['schemas']['Account'];

const CATEGORIES = ['KEY', 'NORMAL', 'TARGET', 'LOST'] as const;
const KINDS = ['ECONOMIC', 'IMPORTANT', 'GROUP', 'STRATEGIC'] as const;
const STAGES = ['ESTABLISHING', 'STABILISING', 'STRENGTHENING'] as const;
const NAMES = ['华东银行', '星河证券', '北方电网', '远航物流', '清源水务', '蓝海教育集团', '城市医院', '启明税务'];

/** 60 accounts, deterministic, so paging has a second page. */
export function fakeAccounts(): FakeAccount[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: i + 1,
    externalId: `CRM-${String(1000 + i)}`,
    name: `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`,
    industryCode: ['FINANCE', 'POWER', 'EDUCATION', 'HEALTH'][i % 4] ?? 'FINANCE',
    region: ['华东', '华北', '华南'][i % 3] ?? '华东',
    ownerId: (i % 5) + 1,
    ownerName: ['王芳', '李强', '张伟', '刘洋', '陈静'][i % 5] ?? '王芳',
    kaKind: KINDS[i % KINDS.length],
    relationshipStage: STAGES[i % STAGES.length],
    estimatedAnnualPotential: 5_000_000 - i * 70_000,
    strategicValue: i % 6,
    category: CATEGORIES[i % CATEGORIES.length] ?? 'NORMAL',
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: new Date(Date.UTC(2026, 10, 20) - i * 86_400_000).toISOString(),
    version: 1,
  }));
}

export async function installFakeApi(page: Page): Promise<void> {
  const all = fakeAccounts();
  await page.route(/\/api\/v1\/accounts(\?.*)?$/, async (route: Route) => {
    const url = new URL(route.request().url());
    const page0 = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 50);
    const category = url.searchParams.get('category');
    const q = url.searchParams.get('q')?.toLowerCase();
    const items = all.filter(
      (a) => (!category || a.category === category) && (!q || a.name.toLowerCase().includes(q)),
    );
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ items: items.slice(page0 * size, page0 * size + size), page: page0, size, total: items.length }),
    });
  });
}

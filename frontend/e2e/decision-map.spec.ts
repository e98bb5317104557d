import { expect, expectAccessible, test } from './fixtures';
import { openDecisionMap, smallestFontPx } from './map';

// Walks of the decision map (决策地图).

const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

test('REP: the decision map is readable, labelled by layer, and a new key person is edited by keyboard only', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=KEY');
  await openDecisionMap(page);
  const graph = page.getByTestId('decision-map-graph');
  const nodes = graph.getByTestId('map-node');
  await expect(nodes.first(), 'the decision map shows key persons').toBeVisible({ timeout: 30_000 });
  for (const [layer, name] of [
    ['EXECUTIVE', '形象层'],
    ['DECISION', '决策层'],
    ['IMPLEMENTATION', '实施层'],
    ['USER', '使用层'],
  ] as const) {
    await expect(graph.getByTestId(`band-${layer}`), `the ${layer} band is labelled`).toContainText(name);
  }
  expect(await smallestFontPx(graph), 'no text on the map is smaller than 12 px').toBeGreaterThanOrEqual(12);
  expect(await smallestFontPx(page.getByRole('list', { name: '缺口与建议' })).catch(() => 12), 'gap list text').toBeGreaterThanOrEqual(12);
  await expect(nodes.first().getByTestId('node-roles'), 'buying roles are on the cards').not.toBeEmpty();
  await shot('decision-map');
  await expectAccessible(page, 'decision-map');

  // A new person at the decision layer, to edit without touching the mouse.
  const before = await nodes.count();
  const name = `决策人 ${Date.now() % 100000}`;
  await page.getByRole('button', { name: /添加关键人物/ }).click();
  let drawer = page.getByRole('dialog');
  await drawer.getByLabel('姓名').fill(name);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();
  const card = graph.getByTestId('map-node').filter({ hasText: name });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(nodes, 'the new key person is on the map').toHaveCount(before + 1);
  const contactId = Number(((await card.getAttribute('id')) ?? '').replace('dm-node-c', ''));
  const accountId = Number(/accounts\/(\d+)/.exec(page.url())?.[1]);
  const map = (await (await page.request.get(`/api/v1/accounts/${accountId}/decision-map`, { headers: XHR })).json()) as {
    nodes: { id: number; name?: string; layer: string }[];
  };
  const boss = map.nodes.find((n) => n.layer === 'EXECUTIVE' && n.name) ?? map.nodes.find((n) => n.name && n.id !== contactId);
  const bossName = boss?.name ?? '';

  await card.focus();
  await page.keyboard.press('Enter');
  drawer = page.getByRole('dialog');
  await expect(drawer, 'Enter on a focused card opens its editor').toContainText(`编辑 ${name} 的决策地图属性`);
  await drawer.getByLabel('采购角色').focus();
  await page.keyboard.type('内线');
  await page.keyboard.press('Enter');
  // (Tab in antd's multiple select would also take the highlighted option; move focus directly.)
  await drawer.getByLabel('职位与影响力').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await drawer.getByLabel('态度').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await drawer.getByLabel('汇报给').focus();
  await page.keyboard.type(bossName);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const attitudeShown = (await drawer.locator('.ant-form-item', { hasText: '态度' }).locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.trim() ?? '';
  expect(attitudeShown, 'an attitude was chosen by keyboard').not.toBe('');
  await shot('decision-map-keyboard-edit');
  await drawer.getByRole('button', { name: /保\s*存/ }).focus();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();

  const saved = (await (await page.request.get(`/api/v1/contacts/${contactId}`, { headers: XHR })).json()) as {
    roles: string[];
    influence?: number;
    attitude?: string;
    reportsToId?: number;
  };
  expect(saved.roles, 'the role typed is saved, and only it').toEqual(['COACH']);
  expect((saved as { name?: string }).name, 'the name survives the edit').toBe(name);
  expect(saved.influence, 'an influence was picked').toBeDefined();
  expect(saved.attitude, 'an attitude was picked').toBeDefined();
  expect(saved.reportsToId, 'reports-to names the person typed').toBe(boss?.id);
  await expect(card.getByTestId('node-roles'), 'the card shows the new role').toHaveText('内线');
  await expect(card, 'the card shows the attitude picked').toContainText(attitudeShown);
  // The attitude CHAMPION and the role COACH no longer share a word.
  await expect(page.getByLabel('图例')).toContainText('拥护者');

  // en-US: the same map, in English, still readable.
  await page.getByText('English', { exact: true }).click();
  await expect(graph.getByTestId('band-DECISION')).toContainText('Decision');
  expect(await smallestFontPx(graph), 'no text on the English map is smaller than 12 px').toBeGreaterThanOrEqual(12);
  await shot('decision-map-en');
  await expectAccessible(page, 'decision-map (en-US)');
  await page.getByText('中文', { exact: true }).click();
});

import i18n from '../index';
import { enUS, zhCN } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('account-management strings', () => {
  it('zh-CN and en-US define exactly the same keys, none empty', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
    for (const [lang, bundle] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      for (const k of keys(bundle)) expect(i18n.getResource(lang, 'translation', k), `${lang} ${k}`).toMatch(/\S/);
    }
  });

  it('merges into the main bundle without dropping its keys', () => {
    expect(i18n.getResource('zh-CN', 'translation', 'enum.category.KEY')).toBe('大客户');
    expect(i18n.getResource('zh-CN', 'translation', 'enum.attitude.OPPONENT')).toBe('反对');
  });
});

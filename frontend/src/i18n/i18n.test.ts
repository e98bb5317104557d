import enUS from './en-US.json';
import zhCN from './zh-CN.json';
import i18n, { changeLanguage, LANGUAGE_STORAGE_KEY } from './index';
import { enumLabel } from './enums';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('zh-CN and en-US define exactly the same keys', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it('counts take the plural form of the language', async () => {
    await changeLanguage('en-US');
    expect(i18n.t('dashboard.reason.OVERDUE_COMMITMENTS', { count: 1 })).toBe('1 overdue commitment');
    expect(i18n.t('dashboard.reason.OVERDUE_COMMITMENTS', { count: 3 })).toBe('3 overdue commitments');
    expect(i18n.t('accounts.total', { count: 1 })).toBe('1 account');
    expect(i18n.t('attention.total', { count: 1 })).toBe('1 item');
    expect(i18n.t('attention.detail.STUCK_DEAL', { count: 1, threshold: 30 })).toBe('1 day in stage (usual at most 30)');
    expect(i18n.t('policy.done', { count: 2 })).toBe('Classification done: 2 accounts changed category.');
    await changeLanguage('zh-CN');
    expect(i18n.t('accounts.total', { count: 1 })).not.toMatch(/[A-Za-z]/);
  });

  it('no translation is empty', () => {
    for (const [lang, bundle] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      const leaves = keys(bundle).map((k) => [k, i18n.getResource(lang, 'translation', k)] as const);
      for (const [k, v] of leaves) expect(v, `${lang} ${k}`).toMatch(/\S/);
    }
  });
});

describe('enumLabel', () => {
  afterEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('translates codes in the active language', async () => {
    await changeLanguage('zh-CN');
    expect(enumLabel(i18n.t, 'category', 'KEY')).toBe('大客户');
    await changeLanguage('en-US');
    expect(enumLabel(i18n.t, 'category', 'KEY')).toBe('Key account');
    expect(enumLabel(i18n.t, 'purchasePattern', 'ONE_OFF')).toBe('One-off');
  });

  it('never shows an unknown code raw', async () => {
    await changeLanguage('en-US');
    expect(enumLabel(i18n.t, 'category', 'SOMETHING_NEW')).toBe('Unknown');
    expect(enumLabel(i18n.t, 'kaKind', undefined)).toBe('—');
  });

  it('remembers the language in localStorage', async () => {
    await changeLanguage('en-US');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
  });
});

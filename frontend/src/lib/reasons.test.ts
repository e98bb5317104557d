import enUS from '../i18n/en-US.json';
import zhCN from '../i18n/zh-CN.json';
import i18n, { changeLanguage } from '../i18n';
import { contractEnum } from '../test/contract';
import { reasonText } from './reasons';

describe('classification reasons', () => {
  afterEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('every ExplanationCode of the contract has a zh-CN and an en-US sentence', () => {
    const codes = contractEnum('ExplanationCode');
    expect(codes).toContain('KEY_SELECTED');
    const missing = codes.flatMap((c) =>
      [
        ['zh-CN', zhCN.reason],
        ['en-US', enUS.reason],
      ].flatMap(([lang, bundle]) => (c in (bundle as Record<string, string>) ? [] : [`${String(lang)} reason.${c}`])),
    );
    expect(missing).toEqual([]);
  });

  it('writes the threshold case with formatted numbers in both languages', async () => {
    const key = { code: 'KEY_SELECTED', params: { score: 0.87, threshold: 0.7, rank: 1, cap: 10 } } as const;
    expect(reasonText(i18n.t, 'zh-CN', key)).toBe('得分 87% 达到大客户阈值 70%，且排名第 1，在名额上限 10 以内');
    await changeLanguage('en-US');
    expect(reasonText(i18n.t, 'en-US', key)).toBe('Score 87% reaches the KEY threshold 70%, and rank 1 is within the cap of 10');
    const drop = {
      code: 'DROPS_IF_FACTOR_FALLS',
      params: { threshold: 0.7, factor: 'revenue12', percentile: 0.9, targetPercentile: 0.557143 },
    } as const;
    expect(reasonText(i18n.t, 'en-US', drop)).toBe(
      'Drops below the threshold 70% if the percentile of Revenue (12 months) falls from 90% below 55.7%, or if more accounts outrank it than the cap allows',
    );
  });

  it('names the override, its expiry date and the lost months', async () => {
    await changeLanguage('en-US');
    const until = { code: 'OVERRIDDEN', params: { category: 'KEY', overrideReason: 'reference', expiresOn: '2027-06-30' } } as const;
    expect(reasonText(i18n.t, 'en-US', until)).toBe('Set manually to Key account until Jun 30, 2027: reference');
    await changeLanguage('zh-CN');
    const lost = { code: 'NO_RECENT_REVENUE', params: { lastRevenueMonth: '1999-03', lostSince: '1999-04' } } as const;
    expect(reasonText(i18n.t, 'zh-CN', lost)).toBe('评估窗口内没有销售额（最后一次在 1999年3月），自 1999年4月 起为丢失的客户');
  });

  it('an unknown code reads Unknown, never the code', () => {
    expect(reasonText(i18n.t, 'zh-CN', { code: 'SOMETHING_NEW' as never, params: {} })).toBe('未知');
  });
});

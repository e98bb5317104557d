import i18n, { changeLanguage } from '../../i18n';
import { formatShare, paretoHeadline, paretoTopShare } from './paretoText';

const summary = {
  metric: 'REVENUE',
  customerCount: 120,
  customersFor80Percent: 22,
  customerShareFor80Percent: 0.183333,
  top20PercentCount: 24,
  top20PercentValueShare: 0.812345,
};

describe('pareto headline', () => {
  afterEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('formats shares by locale', () => {
    expect(formatShare(0.183333, 'en-US')).toBe('18%');
    expect(formatShare(0.0456, 'en-US')).toBe('4.6%');
    expect(formatShare(1, 'zh-CN')).toBe('100%');
  });

  it('says which share of customers makes 80% of the value', async () => {
    await changeLanguage('en-US');
    expect(paretoHeadline(i18n.t, 'en-US', summary)).toBe('18% of customers (22 of 120) make 80% of revenue');
    expect(paretoHeadline(i18n.t, 'en-US', { ...summary, metric: 'GROSS_PROFIT' })).toBe(
      '18% of customers (22 of 120) make 80% of gross profit',
    );
    expect(paretoTopShare(i18n.t, 'en-US', summary)).toBe('The top 20% (24 customers) make 81% of revenue');
    expect(paretoHeadline(i18n.t, 'en-US', { ...summary, customerCount: 0 })).toBe('No revenue in this period');
    await changeLanguage('zh-CN');
    expect(paretoHeadline(i18n.t, 'zh-CN', summary)).toBe('18% 的客户（120 家中的 22 家）贡献了 80% 的销售额');
  });
});

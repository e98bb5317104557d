import { Card, Descriptions, Empty, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { type Account, useFacts } from './api';
import { CategoryTag } from './CategoryTag';
import { useIndustryNames } from './industryNames';

const RevenueChart = lazy(() => import('./RevenueChart'));

export function OverviewTab({ account: a }: { account: Account }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const facts = useFacts(a.id);
  const industryName = useIndustryNames().name(a.industryCode);
  const none = t('common.noValue');

  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'category', label: t('accounts.columns.category'), children: <CategoryTag category={a.category} /> },
          { key: 'owner', label: t('accounts.columns.owner'), children: a.ownerName ?? none },
          { key: 'externalId', label: t('accountForm.externalId'), children: a.externalId ?? none },
          { key: 'creditCode', label: t('accountForm.creditCode'), children: a.creditCode ?? none },
          { key: 'industry', label: t('accounts.columns.industry'), children: industryName ?? none },
          { key: 'region', label: t('accounts.columns.region'), children: a.region ?? none },
          { key: 'kaKind', label: t('accounts.columns.kaKind'), children: label('kaKind', a.kaKind) },
          { key: 'stage', label: t('accounts.columns.relationshipStage'), children: label('relationshipStage', a.relationshipStage) },
          { key: 'procurement', label: t('accountForm.procurementMode'), children: label('procurementMode', a.procurementMode) },
          { key: 'pattern', label: t('accountForm.purchasePattern'), children: label('purchasePattern', a.purchasePattern) },
          { key: 'potential', label: t('accounts.columns.potential'), children: fmt.money(a.estimatedAnnualPotential) },
          {
            key: 'strategic',
            label: t('accounts.columns.strategicValue'),
            children: a.strategicValue === undefined ? none : `${a.strategicValue} / 5`,
          },
          { key: 'updated', label: t('accounts.columns.updatedAt'), children: fmt.date(a.updatedAt) },
        ]}
      />
      <Card title={t('account.revenueByMonth')} size="small" style={{ marginTop: 16 }}>
        {facts.isPending ? (
          <Skeleton active />
        ) : facts.isError ? (
          <ProblemAlert error={facts.error} onRetry={() => void facts.refetch()} />
        ) : facts.data.items.length === 0 ? (
          <Empty description={t('facts.empty')} />
        ) : (
          <Suspense fallback={<Skeleton active />}>
            <RevenueChart facts={facts.data.items} />
          </Suspense>
        )}
      </Card>
    </>
  );
}

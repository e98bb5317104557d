import { CalendarOutlined, EditOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Flex, Select, Skeleton, Tabs, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useIsPhone } from '../../lib/useIsPhone';
import { LogVisitDrawer } from '../../components/visit/LogVisitDrawer';
import { AccountForm } from './AccountForm';
import { useAccount } from './api';
import { CategoryTag } from './CategoryTag';
import { ContactsTab } from './ContactsTab';
import { FactsTab } from './FactsTab';
import { HistoryTab } from './HistoryTab';
import { OpportunitiesTab } from './OpportunitiesTab';
import { OverviewTab } from './OverviewTab';
import { QueryBoundary } from '../../components/QueryBoundary';

// The classification feature owns its tab; the page mounts it lazily (its chunk loads with the tab).
const ClassificationTab = lazy(() => import('../classification/ClassificationTab'));
const DecisionMapTab = lazy(() => import('../decision-map/DecisionMapTab'));
const Account360 = lazy(() => import('../overview/Account360'));
const PlanTab = lazy(() => import('../plan/PlanTab'));
const ActivitiesTab = lazy(() => import('../activities/ActivitiesTab'));
const CompetitorsTab = lazy(() => import('../competitors/CompetitorsTab'));
const ReleaseToPoolButton = lazy(() => import('../pool/ReleaseToPoolButton'));

const TABS = [
  'overview',
  'classification',
  'decisionMap',
  'contacts',
  'opportunities',
  'plan',
  'competitors',
  'activities',
  'facts',
  'history',
] as const;
type Tab = (typeof TABS)[number];

function isTab(v: string | null): v is Tab {
  return v !== null && (TABS as readonly string[]).includes(v);
}

/** The account page: a 360° view of one customer, one tab per aspect; the tab is in the URL. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const account = useAccount(valid ? id : 0);
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const { message } = App.useApp();
  const phone = useIsPhone();
  const canSeeHistory = hasRole(user, 'MANAGER', 'ADMIN');
  const canEdit = !hasRole(user, 'READONLY');
  const wanted = search.get('tab');
  const tab: Tab = isTab(wanted) && (wanted !== 'history' || canSeeHistory) ? wanted : 'overview';

  if (!valid || (account.error instanceof ProblemError && account.error.status === 404)) {
    return (
      <section aria-labelledby="page-title">
        <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
          {t('account.notFound')}
        </Typography.Title>
        <Link to="/accounts">{t('account.backToList')}</Link>
      </section>
    );
  }
  return (
    <QueryBoundary query={account}>
      {(a) => {
        const selectTab = (key: string) => {
          const next = new URLSearchParams(search);
          if (key === 'overview') next.delete('tab');
          else next.set('tab', key);
          setSearch(next, { replace: true });
        };
        const items = [
          {
            key: 'overview',
            label: t('account.tabs.overview'),
            children: (
              <>
                <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                  <Account360 accountId={a.id} />
                </Suspense>
                <OverviewTab account={a} />
              </>
            ),
          },
          {
            key: 'classification',
            label: t('account.tabs.classification'),
            children: (
              <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                <ClassificationTab accountId={a.id} />
              </Suspense>
            ),
          },
          {
            key: 'decisionMap',
            label: t('account.tabs.decisionMap'),
            children: (
              <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                <DecisionMapTab accountId={a.id} canEdit={canEdit} />
              </Suspense>
            ),
          },
          { key: 'contacts', label: t('account.tabs.contacts'), children: <ContactsTab accountId={a.id} canEdit={canEdit} /> },
          {
            key: 'opportunities',
            label: t('account.tabs.opportunities'),
            children: <OpportunitiesTab account={a} canEdit={canEdit} />,
          },
          {
            key: 'plan',
            label: t('account.tabs.plan'),
            children: (
              <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                <PlanTab accountId={a.id} canEdit={canEdit} />
              </Suspense>
            ),
          },
          {
            key: 'competitors',
            label: t('account.tabs.competitors'),
            children: (
              <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                <CompetitorsTab accountId={a.id} canEdit={canEdit} />
              </Suspense>
            ),
          },
          {
            key: 'activities',
            label: t('account.tabs.activities'),
            children: (
              <Suspense fallback={<Skeleton active aria-label={t('common.loading')} />}>
                <ActivitiesTab accountId={a.id} canEdit={canEdit} />
              </Suspense>
            ),
          },
          { key: 'facts', label: t('account.tabs.facts'), children: <FactsTab accountId={a.id} /> },
          ...(canSeeHistory ? [{ key: 'history', label: t('account.tabs.history'), children: <HistoryTab accountId={a.id} /> }] : []),
        ];

        return (
          <section aria-labelledby="page-title">
            <Breadcrumb
              style={{ marginBottom: 8 }}
              items={[{ title: <Link to="/accounts">{t('nav.accounts')}</Link> }, { title: a.name }]}
            />
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Flex align="center" gap={12} wrap>
                <Typography.Title level={2} id="page-title" style={{ margin: 0 }}>
                  {a.name}
                </Typography.Title>
                <CategoryTag category={a.category} />
              </Flex>
              {canEdit && (
                <Flex gap={8} wrap>
                  <Button type="primary" icon={<CalendarOutlined />} onClick={() => setLogging(true)} data-testid="account-log-visit">
                    {t('repDay.visit.title')}
                  </Button>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('common.edit')}
                  </Button>
                  {/* the owner, their manager or an admin may return it to the pool; KEY accounts stay */}
                  {a.ownerId != null && a.category !== 'KEY' && (a.ownerId === user?.id || hasRole(user, 'MANAGER', 'ADMIN')) && (
                    <Suspense fallback={null}>
                      <ReleaseToPoolButton accountId={a.id} name={a.name} version={a.version} />
                    </Suspense>
                  )}
                </Flex>
              )}
            </Flex>
            <Tabs
              activeKey={tab}
              onChange={selectTab}
              items={items}
              destroyOnHidden
              // On a phone ten tabs do not fit in a row: every one stays reachable from a select.
              renderTabBar={
                phone
                  ? () => (
                      <Select
                        value={tab}
                        onChange={selectTab}
                        options={items.map((i) => ({ value: i.key, label: i.label }))}
                        aria-label={t('repDay.accountSection')}
                        data-testid="account-tab-select"
                        style={{ width: '100%', margin: '12px 0' }}
                      />
                    )
                  : undefined
              }
            />
            <AccountForm open={editing} account={a} onClose={() => setEditing(false)} />
            <LogVisitDrawer accountId={a.id} open={logging} onClose={() => setLogging(false)} onLogged={() => void message.success(t('repDay.visit.logged'))} />
          </section>
        );
      }}
    </QueryBoundary>
  );
}

import { Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hasRole, useCurrentUser } from '../../lib/session';
import { KanbanBoard } from './KanbanBoard';
import { CustomerFunnelReport, ForecastReport, FunnelReport } from './PipelineReports';
import { StuckReport } from './StuckReport';
import { DealList } from './DealList';
import { useIsPhone } from '../../lib/useIsPhone';

const TABS = ['board', 'deals', 'funnel', 'forecast', 'stuck', 'customers'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

/** 销售漏斗 (从线索到回款): the kanban, the funnel, the forecast, stuck deals and the A/B/C customer funnel. */
export default function PipelinePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const wanted = search.get('tab');
  const tab: Tab = isTab(wanted) ? wanted : 'board';
  const canMove = hasRole(user, 'ADMIN', 'MANAGER', 'REP');
  const phone = useIsPhone();
  const selectTab = (key: string) => {
    // each tab has its own filters: switching starts the new one unfiltered
    const next = new URLSearchParams();
    if (key !== 'board') next.set('tab', key);
    setSearch(next, { replace: true });
  };
  const items = [
    { key: 'board', label: t('pipeline.tabs.board'), children: <KanbanBoard canMove={canMove} /> },
    { key: 'deals', label: t('pipeline.tabs.deals'), children: <DealList /> },
    { key: 'funnel', label: t('pipeline.tabs.funnel'), children: <FunnelReport /> },
    { key: 'forecast', label: t('pipeline.tabs.forecast'), children: <ForecastReport /> },
    { key: 'stuck', label: t('pipeline.tabs.stuck'), children: <StuckReport /> },
    { key: 'customers', label: t('pipeline.tabs.customers'), children: <CustomerFunnelReport /> },
  ];
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('nav.pipeline')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={selectTab}
        destroyOnHidden
        items={items}
        // On a phone six tabs do not fit in a row: every one stays reachable from a select.
        renderTabBar={
          phone
            ? () => (
                <Select
                  value={tab}
                  onChange={selectTab}
                  options={items.map((i) => ({ value: i.key, label: i.label }))}
                  aria-label={t('pipeline.section')}
                  data-testid="pipeline-tab-select"
                  style={{ width: '100%', margin: '12px 0' }}
                />
              )
            : undefined
        }
      />
    </section>
  );
}

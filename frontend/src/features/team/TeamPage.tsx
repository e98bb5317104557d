import { Button, Card, InputNumber, Modal, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { quarterOf, shiftQuarter } from '../../lib/period';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type SalesTarget, targetsExportHref, type TeamViewFigures, type TeamViewRep, useSetTarget, useTargets, useTeams, useTeamView } from './api';

const TargetImportDialog = lazy(() => import('./TargetImportDialog'));

type CountKey = 'keyAccounts' | 'normalAccounts' | 'targetAccounts' | 'lostAccounts' | 'keyWithoutPlan' | 'keyWeakMap'
  | 'openDeals' | 'visits30d' | 'overdueOurs' | 'overdueTheirs' | 'stuckDeals';

/** Where each count opens: the filtered list of the accounts or items behind it. */
function linkFor(key: CountKey, rep: TeamViewRep): string {
  const owner = `ownerId=${rep.userId}`;
  switch (key) {
    case 'keyAccounts':
      return `/accounts?${owner}&category=KEY`;
    case 'normalAccounts':
      return `/accounts?${owner}&category=NORMAL`;
    case 'targetAccounts':
      return `/accounts?${owner}&category=TARGET`;
    case 'lostAccounts':
      return `/accounts?${owner}&category=LOST`;
    case 'keyWithoutPlan':
      return `/attention?${owner}&kind=KEY_WITHOUT_PLAN`;
    case 'keyWeakMap':
      return `/attention?${owner}&kind=WEAK_MAP`;
    case 'overdueOurs':
    case 'overdueTheirs':
      return `/attention?${owner}&kind=OVERDUE_COMMITMENTS`;
    case 'stuckDeals':
      return `/attention?${owner}&kind=STUCK_DEAL`;
    case 'visits30d':
      return `/attention?${owner}&kind=NOT_VISITED`;
    case 'openDeals':
      return `/pipeline?${owner}`;
  }
}

function TargetEditor({ period, rep, target, onClose }: { period: string; rep: TeamViewRep; target?: SalesTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | null>(target?.amount ?? null);
  const save = useSetTarget(period);
  return (
    <Modal
      open
      title={t('team.setTarget', { name: rep.name, period })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: amount === null || amount < 0, loading: save.isPending }}
      onCancel={onClose}
      onOk={() =>
        amount !== null &&
        save.mutate({ userId: rep.userId, amount, ...(target ? { existing: target } : {}) }, { onSuccess: onClose })
      }
    >
      {save.isError && <ProblemAlert error={save.error} />}
      <InputNumber
        aria-label={t('team.targetAmount')}
        min={0}
        step={10000}
        precision={2}
        style={{ width: '100%' }}
        value={amount}
        onChange={(v) => setAmount(v)}
        addonAfter={t('team.currency')}
      />
    </Modal>
  );
}

/** A manager's team for one quarter: one row per rep, every figure opening the list behind it. */
export default function TeamPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const period = search.get('period') ?? quarterOf(new Date());
  const teamParam = search.get('teamId');
  const teamId = teamParam ? Number(teamParam) : undefined;
  const wide = hasRole(user, 'ADMIN', 'READONLY');
  const canSet = hasRole(user, 'ADMIN', 'MANAGER');
  const view = useTeamView(period, teamId);
  const teams = useTeams(wide);
  const targets = useTargets(period);
  const [editing, setEditing] = useState<TeamViewRep | null>(null);
  const [importing, setImporting] = useState(false);
  const targetOf = useMemo(() => new Map((targets.data ?? []).map((x) => [x.userId, x])), [targets.data]);

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setSearch(next);
  };

  const count = (key: CountKey, sortable = true): TableColumnsType<TeamViewRep>[number] => ({
    key,
    title: t(`team.columns.${key}`),
    align: 'right',
    ...(sortable ? { sorter: (a: TeamViewRep, b: TeamViewRep) => a.figures[key] - b.figures[key] } : {}),
    render: (_: unknown, rep: TeamViewRep) =>
      rep.figures[key] === 0 ? (
        <Typography.Text type="secondary">0</Typography.Text>
      ) : (
        <Link to={linkFor(key, rep)}>{rep.figures[key]}</Link>
      ),
  });
  const money = (key: 'openPipeline' | 'weightedPipeline' | 'achieved'): TableColumnsType<TeamViewRep>[number] => ({
    key,
    title: t(`team.columns.${key}`),
    align: 'right',
    sorter: (a, b) => a.figures[key] - b.figures[key],
    render: (_: unknown, rep: TeamViewRep) => fmt.money(rep.figures[key], { compact: true }),
  });
  const attainment = (f: TeamViewFigures) =>
    f.attainment === null || f.attainment === undefined ? (
      <Typography.Text type="secondary">{t('team.noTarget')}</Typography.Text>
    ) : (
      <Tag color={f.attainment >= 100 ? 'green' : f.attainment >= 70 ? 'gold' : 'red'}>{`${f.attainment.toFixed(1)}%`}</Tag>
    );

  const columns: TableColumnsType<TeamViewRep> = [
    {
      key: 'name',
      title: t('team.columns.rep'),
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (_: unknown, rep) => <Link to={`/accounts?ownerId=${rep.userId}`}>{rep.name}</Link>,
    },
    count('keyAccounts'),
    count('normalAccounts'),
    count('targetAccounts'),
    count('lostAccounts'),
    count('keyWithoutPlan'),
    count('keyWeakMap'),
    count('openDeals'),
    money('openPipeline'),
    money('weightedPipeline'),
    money('achieved'),
    {
      key: 'target',
      title: t('team.columns.target'),
      align: 'right',
      sorter: (a, b) => (a.figures.target ?? -1) - (b.figures.target ?? -1),
      render: (_: unknown, rep) => (
        <Space size={4}>
          {rep.figures.target === null || rep.figures.target === undefined ? '—' : fmt.money(rep.figures.target, { compact: true })}
          {canSet && (
            <Button size="small" type="link" onClick={() => setEditing(rep)} aria-label={t('team.setTarget', { name: rep.name, period })}>
              {t('team.edit')}
            </Button>
          )}
        </Space>
      ),
    },
    {
      key: 'attainment',
      title: t('team.columns.attainment'),
      align: 'right',
      sorter: (a, b) => (a.figures.attainment ?? -1) - (b.figures.attainment ?? -1),
      defaultSortOrder: undefined,
      render: (_: unknown, rep) => attainment(rep.figures),
    },
    count('visits30d'),
    count('overdueOurs'),
    count('overdueTheirs'),
    count('stuckDeals'),
  ];

  const total = view.data?.total;
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('team.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button onClick={() => set({ period: shiftQuarter(period, -1) })} aria-label={t('team.previous')}>
          ‹
        </Button>
        <Typography.Text strong data-testid="team-period">
          {period}
        </Typography.Text>
        <Button onClick={() => set({ period: shiftQuarter(period, 1) })} aria-label={t('team.next')}>
          ›
        </Button>
        {wide && (
          <Select
            aria-label={t('team.team')}
            style={{ minWidth: 200 }}
            value={teamId ?? 0}
            onChange={(v: number) => set({ teamId: v === 0 ? undefined : String(v) })}
            options={[
              { value: 0, label: t('team.allTeams') },
              ...(teams.data ?? []).map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        )}
        {canSet && (
          <Button onClick={() => setImporting(true)} data-testid="targets-import">
            {t('team.targetImport.open')}
          </Button>
        )}
        <Button href={targetsExportHref(period)} download>
          {t('team.targetExport')}
        </Button>
        <Link to="/attention">{t('team.attentionLink')}</Link>
        <Link to="/reviews">{t('team.reviewsLink')}</Link>
      </Space>
      {view.isError && <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />}
      {total && (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="team-total">
          <Space wrap size={24}>
            <span>{t('team.totalAchieved', { amount: fmt.money(total.achieved, { compact: true }), basis: t(`team.basis.${view.data?.basis ?? 'WON'}`) })}</span>
            <span>{t('team.totalTarget', { amount: total.target === null || total.target === undefined ? '—' : fmt.money(total.target, { compact: true }) })}</span>
            <span>
              {t('team.columns.attainment')}: {attainment(total)}
            </span>
            <span>{t('team.totalPipeline', { amount: fmt.money(total.openPipeline, { compact: true }), weighted: fmt.money(total.weightedPipeline, { compact: true }) })}</span>
          </Space>
        </Card>
      )}
      <Table<TeamViewRep>
        size="small"
        rowKey="userId"
        loading={view.isPending}
        dataSource={view.data?.reps ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="team-table"
      />
      {importing && (
        <Suspense fallback={null}>
          <TargetImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
      {editing && (
        <TargetEditor
          period={period}
          rep={editing}
          {...(targetOf.get(editing.userId) ? { target: targetOf.get(editing.userId) as SalesTarget } : {})}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

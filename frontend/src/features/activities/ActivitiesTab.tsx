import { problemMessage } from '../../lib/problemText';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { AccountTimeline } from './AccountTimeline';
import { type Commitment, type CommitmentStatus, keptRates, useCommitments, useSetCommitmentStatus } from './api';
import { LogVisitDrawer } from '../../components/visit/LogVisitDrawer';

const STATUSES: readonly CommitmentStatus[] = ['OPEN', 'KEPT', 'BROKEN'];

/** The account's timeline, the commitments of both sides and how well promises are kept. */
export default function ActivitiesTab({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const commitments = useCommitments(accountId);
  const setStatus = useSetCommitmentStatus(accountId);
  const [open, setOpen] = useState(false);
  const rates = keptRates(commitments.data ?? []);

  const commitmentColumns: TableColumnsType<Commitment> = [
    { key: 'desc', title: t('activities.description'), dataIndex: 'description' },
    { key: 'side', title: t('activities.side'), render: (_: unknown, c: Commitment) => label('commitmentSide', c.side) },
    { key: 'kind', title: t('activities.kind'), render: (_: unknown, c: Commitment) => label('commitmentKind', c.kind) },
    { key: 'due', title: t('activities.dueOn'), render: (_: unknown, c: Commitment) => fmt.date(c.dueOn) },
    {
      key: 'status',
      title: t('activities.status'),
      render: (_: unknown, c: Commitment) =>
        canEdit ? (
          <Select<CommitmentStatus>
            size="small"
            style={{ width: 120 }}
            value={c.status}
            aria-label={t('activities.statusOf', { what: c.description })}
            onChange={(status) =>
              setStatus.mutate(
                { id: c.id, version: c.version, status },
                { onError: (e) => void message.error(problemMessage(t, e)) },
              )
            }
            options={STATUSES.map((s) => ({ value: s, label: label('commitmentStatus', s) }))}
          />
        ) : (
          label('commitmentStatus', c.status)
        ),
    },
  ];
  const pct = (v: number | undefined) => (v === undefined ? t('common.noValue') : `${v}%`);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('activities.customerKept')} value={pct(rates.CUSTOMER.pct)} />
          <Typography.Text type="secondary">{t('activities.keptDetail', { ...rates.CUSTOMER })}</Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('activities.usKept')} value={pct(rates.US.pct)} />
          <Typography.Text type="secondary">{t('activities.keptDetail', { ...rates.US })}</Typography.Text>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('repDay.timeline.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('repDay.visit.title')}
            </Button>
          )
        }
      >
        <AccountTimeline accountId={accountId} />
      </Card>
      <Card size="small" title={t('activities.commitmentsTitle')}>
        {setStatus.error !== null && <ProblemAlert error={setStatus.error} />}
        <QueryBoundary query={commitments}>
          {(data) => (
            <Table<Commitment>
              size="small"
              rowKey="id"
              aria-label={t('activities.commitmentsTitle')}
              columns={commitmentColumns}
              dataSource={data}
              loading={commitments.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('activities.noCommitments') }}
            />
          )}
        </QueryBoundary>
      </Card>
      <LogVisitDrawer accountId={accountId} open={open} onClose={() => setOpen(false)} onLogged={() => void message.success(t('repDay.visit.logged'))} />
    </Space>
  );
}

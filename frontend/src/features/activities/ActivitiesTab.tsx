import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../components/FormDrawer';
import { ProblemAlert } from '../../components/ProblemAlert';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import {
  type Activity,
  type ActivityInput,
  type Commitment,
  type CommitmentStatus,
  keptRates,
  useActivities,
  useCommitments,
  useLogActivity,
  useSetCommitmentStatus,
  visitNeedsReason,
} from './api';

const KINDS: readonly ActivityInput['kind'][] = ['VISIT', 'CALL', 'MEETING', 'EMAIL'];
const TREASURES = ['businessCards', 'notebook', 'contactList', 'productMaterial', 'priceQuote'] as const;
const STATUSES: readonly CommitmentStatus[] = ['OPEN', 'KEPT', 'BROKEN'];
const FIELDS = ['kind', 'occurredOn', 'purpose', 'outcome', 'treasures', 'commitmentDescription', 'commitmentDueOn', 'noCommitmentReason'] as const;

interface Values {
  kind: ActivityInput['kind'];
  occurredOn: Dayjs;
  purpose: string;
  outcome?: string;
  treasures?: (typeof TREASURES)[number][];
  commitmentKind?: Commitment['kind'];
  commitmentDescription?: string;
  commitmentDueOn?: Dayjs | null;
  noCommitmentReason?: string;
}

function toInput(v: Values): ActivityInput {
  const treasures = new Set(v.treasures ?? []);
  return compact({
    kind: v.kind,
    occurredOn: v.occurredOn.format('YYYY-MM-DD'),
    purpose: v.purpose,
    outcome: v.outcome,
    preparation: v.kind === 'VISIT' ? Object.fromEntries(TREASURES.map((k) => [k, treasures.has(k)])) : undefined,
    commitments: v.commitmentDescription?.trim()
      ? [
          compact({
            side: 'CUSTOMER' as const,
            kind: v.commitmentKind ?? 'FOLLOW_UP',
            description: v.commitmentDescription,
            dueOn: v.commitmentDueOn?.format('YYYY-MM-DD'),
          }),
        ]
      : undefined,
    noCommitmentReason: v.noCommitmentReason,
  });
}

/** Visits, calls, meetings and e-mails with their commitments, and how well promises are kept. */
export default function ActivitiesTab({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const [page, setPage] = useState(0);
  const activities = useActivities(accountId, page);
  const commitments = useCommitments(accountId);
  const log = useLogActivity(accountId);
  const setStatus = useSetCommitmentStatus(accountId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const rates = keptRates(commitments.data ?? []);
  const close = () => {
    log.reset();
    setOpen(false);
  };

  const activityColumns: TableColumnsType<Activity> = [
    { key: 'date', title: t('activities.occurredOn'), render: (_: unknown, a: Activity) => fmt.date(a.occurredOn) },
    { key: 'kind', title: t('activities.kind'), render: (_: unknown, a: Activity) => <Tag>{label('activityKind', a.kind)}</Tag> },
    { key: 'purpose', title: t('activities.purpose'), dataIndex: 'purpose' },
    { key: 'outcome', title: t('activities.outcome'), render: (_: unknown, a: Activity) => a.outcome ?? t('common.noValue') },
    {
      key: 'commitments',
      title: t('activities.commitments'),
      render: (_: unknown, a: Activity) =>
        a.commitments.length > 0
          ? a.commitments.map((c) => c.description).join('; ')
          : (a.noCommitmentReason ?? t('common.noValue')),
    },
  ];
  const commitmentColumns: TableColumnsType<Commitment> = [
    { key: 'side', title: t('activities.side'), render: (_: unknown, c: Commitment) => label('commitmentSide', c.side) },
    { key: 'kind', title: t('activities.kind'), render: (_: unknown, c: Commitment) => label('commitmentKind', c.kind) },
    { key: 'desc', title: t('activities.description'), dataIndex: 'description' },
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
                { onError: (e) => void message.error(e instanceof Error ? e.message : String(e)) },
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
        title={t('activities.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('activities.log')}
            </Button>
          )
        }
      >
        {activities.isError && !activities.data ? (
          <ProblemAlert error={activities.error} onRetry={() => void activities.refetch()} />
        ) : (
          <Table<Activity>
            size="small"
            rowKey="id"
            aria-label={t('activities.title')}
            columns={activityColumns}
            dataSource={activities.data?.items ?? []}
            loading={activities.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{ current: page + 1, pageSize: 20, total: activities.data?.total ?? 0, onChange: (p) => setPage(p - 1), showSizeChanger: false }}
            locale={{ emptyText: activities.isPending ? t('common.loading') : t('activities.empty') }}
          />
        )}
      </Card>
      <Card size="small" title={t('activities.commitmentsTitle')}>
        {setStatus.error !== null && <ProblemAlert error={setStatus.error} />}
        {commitments.isError ? (
          <ProblemAlert error={commitments.error} onRetry={() => void commitments.refetch()} />
        ) : (
          <Table<Commitment>
            size="small"
            rowKey="id"
            aria-label={t('activities.commitmentsTitle')}
            columns={commitmentColumns}
            dataSource={commitments.data ?? []}
            loading={commitments.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: commitments.isPending ? t('common.loading') : t('activities.noCommitments') }}
          />
        )}
      </Card>
      <FormDrawer<Values>
        open={open}
        title={t('activities.log')}
        form={form}
        fields={FIELDS}
        initialValues={{ kind: 'VISIT', occurredOn: dayjs(), treasures: [], commitmentKind: 'VOLUME' }}
        saving={log.isPending}
        error={log.error}
        onSubmit={(v) => log.mutate(toInput(v), { onSuccess: close })}
        onClose={close}
      >
        <Flex gap={12}>
          <Form.Item name="kind" label={t('activities.kind')} style={{ flex: 1 }}>
            <Select options={KINDS.map((k) => ({ value: k, label: label('activityKind', k) }))} />
          </Form.Item>
          <Form.Item name="occurredOn" label={t('activities.occurredOn')} rules={[{ required: true, message: t('plan.required') }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="purpose" label={t('activities.purpose')} rules={[{ required: true, whitespace: true, message: t('plan.required') }, { max: 1000 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={t('activities.outcome')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {kind === 'VISIT' && (
          <Form.Item name="treasures" label={t('activities.treasures')} extra={t('activities.treasuresHint')}>
            <Checkbox.Group options={TREASURES.map((k) => ({ value: k, label: t(`activities.treasure.${k}`) }))} />
          </Form.Item>
        )}
        <Typography.Title level={5}>{t('activities.customerCommitment')}</Typography.Title>
        <Flex gap={12}>
          <Form.Item name="commitmentKind" label={t('activities.kind')} style={{ flex: 1 }}>
            <Select
              options={(['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY', 'FOLLOW_UP', 'OTHER'] as const).map((k) => ({
                value: k,
                label: label('commitmentKind', k),
              }))}
            />
          </Form.Item>
          <Form.Item name="commitmentDueOn" label={t('activities.dueOn')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="commitmentDescription" label={t('activities.description')} rules={[{ max: 1000 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="noCommitmentReason"
          label={t('activities.noCommitmentReason')}
          dependencies={['kind', 'commitmentDescription']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                visitNeedsReason(getFieldValue('kind') as Values['kind'], getFieldValue('commitmentDescription') as string | undefined, value)
                  ? Promise.reject(new Error(t('activities.needCommitment')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormDrawer>
    </Space>
  );
}

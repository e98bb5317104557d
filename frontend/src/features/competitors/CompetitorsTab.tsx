import { problemMessage } from '../../lib/problemText';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Drawer, Flex, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormDrawer } from '../../components/FormDrawer';
import { QueryBoundary } from '../../components/QueryBoundary';
import '../../i18n/kam';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import {
  type CompetitorPresence,
  type CompetitorPresenceInput,
  useCompetitorCatalogue,
  useDeletePresence,
  useFootprint,
  usePresence,
  useSavePresence,
} from './api';

const FIELDS = ['competitorId', 'product', 'installedSince', 'satisfaction', 'competitorRep', 'repRelationship', 'notes'] as const;
type Values = Omit<CompetitorPresenceInput, 'installedSince'> & { installedSince?: Dayjs | null };

function Footprint({ competitorId, onClose }: { competitorId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const fp = useFootprint(competitorId);
  return (
    <Drawer open={competitorId !== undefined} onClose={onClose} title={fp.data?.name ?? t('competitors.footprint')} size={560}>
      <QueryBoundary query={fp}>
        {(f) => (
        <>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'deals', label: t('competitors.deals'), children: f.deals },
              { key: 'open', label: t('competitors.open'), children: f.open },
              { key: 'won', label: t('competitors.won'), children: f.won },
              { key: 'lost', label: t('competitors.lost'), children: f.lost },
              { key: 'lostToIt', label: t('competitors.lostToIt'), children: f.lostToIt },
              {
                key: 'rate',
                label: t('competitors.winRate'),
                children: f.winRatePct === undefined ? t('common.noValue') : `${f.winRatePct.toFixed(1)}%`,
              },
            ]}
          />
          <Table
            size="small"
            style={{ marginTop: 16 }}
            rowKey={(r) => `${r.accountId}-${r.product}`}
            pagination={false}
            aria-label={t('competitors.installedAt')}
            dataSource={f.accounts}
            columns={[
              { key: 'a', title: t('competitors.account'), render: (_: unknown, r) => <Link to={`/accounts/${r.accountId}?tab=competitors`}>{r.accountName}</Link> },
              { key: 'p', title: t('competitors.product'), dataIndex: 'product' },
              { key: 's', title: t('competitors.satisfaction'), render: (_: unknown, r) => r.satisfaction ?? t('common.noValue') },
            ]}
          />
        </>
        )}
      </QueryBoundary>
    </Drawer>
  );
}

/** Competitor products installed at the account, with each competitor's footprint across accounts. */
export default function CompetitorsTab({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const presence = usePresence(accountId);
  const catalogue = useCompetitorCatalogue();
  const save = useSavePresence(accountId);
  const remove = useDeletePresence(accountId);
  const [editing, setEditing] = useState<CompetitorPresence | 'new' | undefined>();
  const [footprint, setFootprint] = useState<number | undefined>();
  const [form] = Form.useForm<Values>();
  const current = editing === 'new' ? undefined : editing;
  const scale = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }));
  const close = () => {
    save.reset();
    setEditing(undefined);
  };

  const columns: TableColumnsType<CompetitorPresence> = [
    {
      key: 'name',
      title: t('competitors.competitor'),
      render: (_: unknown, c: CompetitorPresence) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setFootprint(c.competitorId)}>
          {c.competitorName}
        </Button>
      ),
    },
    { key: 'product', title: t('competitors.product'), dataIndex: 'product' },
    { key: 'since', title: t('competitors.installedSince'), render: (_: unknown, c: CompetitorPresence) => fmt.date(c.installedSince) },
    { key: 'sat', title: t('competitors.satisfaction'), render: (_: unknown, c: CompetitorPresence) => c.satisfaction ?? t('common.noValue') },
    { key: 'rep', title: t('competitors.rep'), render: (_: unknown, c: CompetitorPresence) => c.competitorRep ?? t('common.noValue') },
    { key: 'rel', title: t('competitors.repRelationship'), render: (_: unknown, c: CompetitorPresence) => c.repRelationship ?? t('common.noValue') },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, c: CompetitorPresence) => (
              <Space size={0}>
                <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(c)} aria-label={t('competitors.editNamed', { name: c.competitorName })} />
                <Popconfirm
                  title={t('competitors.deleteConfirm', { name: c.competitorName })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove.mutateAsync({ id: c.id, version: c.version }).catch((e: unknown) => void message.error(problemMessage(t, e)))
                  }
                >
                  <Button type="link" danger icon={<DeleteOutlined />} aria-label={t('competitors.deleteNamed', { name: c.competitorName })} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('competitors.title')}
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('competitors.add')}
          </Button>
        )
      }
    >
      <QueryBoundary query={presence}>
        {(list) => (
          <Table<CompetitorPresence>
            size="small"
            rowKey="id"
            aria-label={t('competitors.title')}
            columns={columns}
            dataSource={list}
            loading={presence.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('competitors.empty') }}
          />
        )}
      </QueryBoundary>
      <Footprint competitorId={footprint} onClose={() => setFootprint(undefined)} />
      <FormDrawer<Values>
        open={editing !== undefined}
        title={current ? t('competitors.editNamed', { name: current.competitorName }) : t('competitors.add')}
        form={form}
        fields={FIELDS}
        initialValues={current ? { ...current, installedSince: current.installedSince ? dayjs(current.installedSince) : undefined } : {}}
        saving={save.isPending}
        error={save.error}
        onClose={close}
        onSubmit={(v) =>
          save.mutate(
            { id: current?.id, version: current?.version, body: compact({ ...v, installedSince: v.installedSince?.format('YYYY-MM-DD') }) },
            { onSuccess: close },
          )
        }
      >
        <Form.Item name="competitorId" label={t('competitors.competitor')} rules={[{ required: true, message: t('plan.required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={catalogue.isPending}
            options={(catalogue.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="product" label={t('competitors.product')} rules={[{ required: true, whitespace: true, message: t('plan.required') }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="installedSince" label={t('competitors.installedSince')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="satisfaction" label={t('competitors.satisfaction')} style={{ flex: 1 }}>
            <Select allowClear options={scale} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="competitorRep" label={t('competitors.rep')} style={{ flex: 1 }} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="repRelationship" label={t('competitors.repRelationship')} style={{ flex: 1 }}>
            <Select allowClear options={scale} />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('competitors.notes')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}

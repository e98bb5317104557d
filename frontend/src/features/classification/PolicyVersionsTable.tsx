import { Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeTag } from '../../components/CodeTag';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import type { Policy } from './api';
import { FACTORS } from './policy';

const pct = (v: number) => `${Math.round(v * 10000) / 100}%`;

interface PolicyVersionsTableProps {
  policies: Policy[];
  busy: boolean;
  /** The version of the run in flight, if any: the others' buttons wait for it. */
  running: number | undefined;
  /** The version whose dry run is in flight, if any: its button spins. */
  previewing: number | undefined;
  onPreview: (policy: Policy) => void;
}

/** Every policy version with its weights and thresholds, each with a dry-run preview button. */
export function PolicyVersionsTable({ policies, busy, running, previewing, onPreview }: PolicyVersionsTableProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  return (
    <Table
      size="small"
      rowKey="version"
      pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true }}
      dataSource={policies}
      columns={[
        { key: 'v', title: t('policy.version'), render: (_: unknown, p) => `v${p.version}` },
        {
          key: 'status',
          title: t('policy.status'),
          render: (_: unknown, p) => (
            <CodeTag palette={p.status === 'ACTIVE' ? 'green' : p.status === 'DRAFT' ? 'blue' : 'grey'} code={p.status}>{label('policyStatus', p.status)}</CodeTag>
          ),
        },
        {
          key: 'weights',
          title: t('policy.weights'),
          render: (_: unknown, p) =>
            FACTORS.map((f) => `${t(`classificationTab.factor.${f}`)} ${pct(p.weights[f])}`).join(' · '),
        },
        { key: 'th', title: t('policy.keyThreshold'), render: (_: unknown, p) => pct(p.keyThreshold) },
        { key: 'cap', title: t('policy.keyCapShare'), render: (_: unknown, p) => pct(p.keyCapShare) },
        { key: 'w', title: t('policy.windowMonths'), dataIndex: 'windowMonths' },
        { key: 'created', title: t('policy.created'), render: (_: unknown, p) => `${fmt.date(p.createdAt)} ${p.createdBy ?? ''}` },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_: unknown, p) => (
            <Space>
              <Button
                size="small"
                onClick={() => onPreview(p)}
                disabled={busy && running !== p.version}
                loading={previewing === p.version}
              >
                {t('policy.preview')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

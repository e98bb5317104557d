import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useIsPhone } from '../../../lib/useIsPhone';
import { type DuplicateCluster, useDuplicateClusters } from './api';
import './i18n';

const SIZE = 20;

/** ADMIN: accounts across the database whose names read the same — where to merge (查重). */
export default function DuplicateClustersPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(0, Number(search.get('page') ?? 0) || 0);
  const clusters = useDuplicateClusters({ page, size: SIZE });
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('nav.duplicates')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('duplicates.clusters.intro')}</Typography.Paragraph>
      {clusters.error && <ProblemAlert error={clusters.error} />}
      <Table<DuplicateCluster>
        rowKey="reading"
        size={phone ? 'small' : 'middle'}
        loading={clusters.isPending}
        dataSource={clusters.data?.items ?? []}
        locale={{ emptyText: t('duplicates.clusters.empty') }}
        pagination={{
          current: page + 1,
          pageSize: SIZE,
          total: clusters.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('duplicates.clusters.total', { count: total }),
          onChange: (p) => setSearch(p === 1 ? {} : { page: String(p - 1) }),
        }}
        columns={[
          ...(phone ? [] : [{ key: 'reading', title: t('duplicates.clusters.reading'), dataIndex: 'reading' }]),
          {
            key: 'signal',
            title: t('duplicates.clusters.signal'),
            render: (_: unknown, c: DuplicateCluster) => <Tag color="orange">{t(`duplicates.signal.${c.signal}`)}</Tag>,
          },
          {
            key: 'accounts',
            title: t('duplicates.clusters.accounts'),
            render: (_: unknown, c: DuplicateCluster) => (
              <Space orientation="vertical" size={0}>
                {c.accounts.map((a, i) => (
                  <span key={a.id}>
                    <Link to={`/accounts/${a.id}`}>{a.name}</Link>
                    {a.ownerName && <Typography.Text type="secondary"> · {a.ownerName}</Typography.Text>}
                    {i > 0 && (
                      <>
                        {' · '}
                        <Link
                          to={`/accounts/${c.accounts[0]?.id ?? a.id}/merge?with=${a.id}`}
                          aria-label={t('duplicates.merge.mergeWith', { name: a.name })}
                        >
                          {t('duplicates.merge.action')}
                        </Link>
                      </>
                    )}
                  </span>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}

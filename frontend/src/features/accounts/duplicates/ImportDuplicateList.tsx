import { Alert, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../../api/schema';
import './i18n';

type ImportDuplicate = components['schemas']['ImportDuplicate'];

/** An account import's dry run: the rows that look like an existing account or an earlier row. */
export function ImportDuplicateList({ duplicates }: { duplicates: ImportDuplicate[] }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="import-duplicates">
      <Alert type="warning" showIcon title={t('duplicates.import.title', { count: duplicates.length })} />
      <Table<ImportDuplicate>
        size="small"
        rowKey={(d) => `${d.rowNumber}-${d.accountId ?? ''}-${d.sameAsRow ?? ''}`}
        dataSource={duplicates}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'row', title: t('duplicates.import.row'), dataIndex: 'rowNumber', width: 70 },
          { key: 'name', title: t('duplicates.import.name'), dataIndex: 'name' },
          {
            key: 'like',
            title: t('duplicates.import.like'),
            render: (_: unknown, d) =>
              d.accountId !== undefined ? (
                <Link to={`/accounts/${d.accountId}`} target="_blank">
                  {d.accountName}
                </Link>
              ) : d.sameAsRow !== undefined ? (
                t('duplicates.import.sameAsRow', { row: d.sameAsRow })
              ) : (
                t('duplicates.import.hidden')
              ),
          },
          {
            key: 'signals',
            title: t('duplicates.clusters.signal'),
            render: (_: unknown, d) =>
              d.signals.map((s) => (
                <Tag key={s} color="orange">
                  {t(`duplicates.signal.${s}`)}
                </Tag>
              )),
          },
        ]}
      />
    </Flex>
  );
}

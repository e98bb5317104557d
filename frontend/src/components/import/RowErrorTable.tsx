import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRejectedError, RowError } from './rowErrors';

const MAX_LISTED = 1000;

/** The bad rows of a refused import, each problem translated by its code. */
export function RowErrorTable({ error }: { error: ImportRejectedError }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="import-errors">
      <Alert
        type="error"
        showIcon
        title={error.status === 403 ? t('imports.forbidden') : t('imports.rejected')}
        // the server lists at most 1,000 row errors; its English detail stays for a problem without rows
        description={
          error.rowErrors.length === 0
            ? error.problem.detail
            : t(error.rowErrors.length >= MAX_LISTED ? 'imports.errorsCapped' : 'imports.errors', {
                count: error.rowErrors.length,
              })
        }
      />
      <Table<RowError>
        aria-label={t('imports.errorTable')}
        size="small"
        rowKey={(r) => `${r.rowNumber}-${r.column ?? ''}-${r.message}`}
        dataSource={error.rowErrors}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'row', title: t('imports.row'), dataIndex: 'rowNumber', width: 80 },
          { key: 'column', title: t('imports.column'), render: (_: unknown, r) => r.column ?? t('common.noValue') },
          { key: 'value', title: t('imports.value'), render: (_: unknown, r) => (r.value === undefined ? t('common.noValue') : <Typography.Text code>{r.value}</Typography.Text>) },
          {
            key: 'message',
            title: t('imports.message'),
            // translated by code; the server's English message for a code this build does not know
            render: (_: unknown, r) => t(`imports.problems.${r.code}`, { expected: r.expected, defaultValue: r.message }),
          },
        ]}
      />
    </Flex>
  );
}

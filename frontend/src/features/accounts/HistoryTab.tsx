import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeTag, type TagPalette } from '../../components/CodeTag';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { type AuditRecord, useAudit } from './api';

/** `changes` is `field → [before, after]` on the wire; the generated type is a Jackson node, so read it defensively. */
export function changesOf(changes: unknown): { field: string; before: string; after: string }[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return Object.entries(changes as Record<string, unknown>).map(([field, pair]) =>
    Array.isArray(pair) ? { field, before: show(pair[0]), after: show(pair[1]) } : { field, before: '—', after: show(pair) },
  );
}

const ACTION_COLORS = {
  CREATE: 'green',
  UPDATE: 'blue',
  DELETE: 'red',
  SIGN_IN: 'cyan',
  SIGN_IN_FAILED: 'orange',
  THROTTLED: 'volcano',
  SIGN_OUT: 'grey',
  USE_REVOKED: 'purple',
  OWNER_CHANGE: 'gold',
  ROLE_CHANGE: 'purple',
  EXPORT: 'cyan',
} as const satisfies Record<AuditRecord['action'], TagPalette>;

export function HistoryTab({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const audit = useAudit(accountId, true);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const columns: TableColumnsType<AuditRecord> = [
    { key: 'when', title: t('history.when'), render: (_: unknown, r: AuditRecord) => dateTime.format(new Date(r.occurredAt)) },
    { key: 'actor', title: t('history.actor'), render: (_: unknown, r: AuditRecord) => r.actor ?? t('common.noValue') },
    {
      key: 'what',
      title: t('history.what'),
      render: (_: unknown, r: AuditRecord) => (
        <>
          <CodeTag palette={ACTION_COLORS[r.action]}>{label('auditAction', r.action)}</CodeTag>
          {label('entityType', r.entityType)} #{r.entityId}
        </>
      ),
    },
    {
      key: 'changes',
      title: t('history.changes'),
      render: (_: unknown, r: AuditRecord) => {
        const list = changesOf(r.changes);
        if (list.length === 0) return t('common.noValue');
        return (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {list.map((c) => (
              <li key={c.field}>
                <Typography.Text code>{c.field}</Typography.Text> {c.before} → {c.after}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  return (
    <QueryBoundary query={audit} empty={{ when: (page) => page.items.length === 0, text: t('history.empty') }}>
      {(page) => (
        <Table<AuditRecord>
          aria-label={t('history.tableLabel')}
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={page.items}
          loading={audit.isFetching}
          pagination={false}
        />
      )}
    </QueryBoundary>
  );
}

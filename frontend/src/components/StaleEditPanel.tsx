import { Alert, Button, Space, Spin, Table } from 'antd';
import dayjs from 'dayjs';
import { type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaleChange } from '../lib/useStaleEdit';

interface StaleEditPanelProps {
  pending: boolean;
  changes: readonly StaleChange[];
  /** The form's container, to name each field by its label. */
  formRoot: RefObject<HTMLElement | null>;
  onApply: () => void;
  onDiscard: () => void;
}

/** The re-apply choice after a save refused as stale: the user's values against the current ones. */
export function StaleEditPanel({ pending, changes, formRoot, onApply, onDiscard }: StaleEditPanelProps) {
  const { t, i18n } = useTranslation();
  const show = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return t('common.noValue');
    if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
    if (typeof v === 'number') return new Intl.NumberFormat(i18n.language).format(v);
    if (typeof v === 'boolean') return t(v ? 'staleEdit.yes' : 'staleEdit.no');
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const labelOf = (field: string) => formRoot.current?.querySelector(`label[for="${field}"]`)?.textContent?.trim() || field;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="stale-edit"
      title={t('staleEdit.title')}
      description={
        !pending ? (
          <Spin size="small" />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <span>{changes.length > 0 ? t('staleEdit.explain') : t('staleEdit.nothingEdited')}</span>
            {changes.length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey="field"
                dataSource={[...changes]}
                columns={[
                  { key: 'field', title: t('staleEdit.field'), render: (_: unknown, c) => labelOf(c.field) },
                  { key: 'mine', title: t('staleEdit.mine'), render: (_: unknown, c) => show(c.mine) },
                  { key: 'current', title: t('staleEdit.current'), render: (_: unknown, c) => show(c.current) },
                ]}
              />
            )}
            <Space wrap>
              <Button type="primary" onClick={onApply} disabled={changes.length === 0}>
                {t('staleEdit.apply')}
              </Button>
              <Button onClick={onDiscard}>{t('staleEdit.discard')}</Button>
            </Space>
          </Space>
        )
      }
    />
  );
}

import { DatePicker, Flex, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BoardQuery, useOwnerOptions } from './api';

export type CloseRange = [Dayjs | null, Dayjs | null] | null;

/** The board's query from its filters: text, owner, expected close between two dates (either open). */
export function boardQuery(q: string, ownerId: number | undefined, close: CloseRange): BoardQuery {
  return {
    size: 30,
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(ownerId !== undefined ? { ownerId } : {}),
    ...(close?.[0] ? { closeFrom: close[0].format('YYYY-MM-DD') } : {}),
    ...(close?.[1] ? { closeTo: close[1].format('YYYY-MM-DD') } : {}),
  };
}

/** The kanban's filters and the board query they make. */
export function useBoardFilters() {
  const [q, setQ] = useState('');
  const [ownerId, setOwnerId] = useState<number | undefined>();
  const [close, setClose] = useState<CloseRange>(null);
  return { query: boardQuery(q, ownerId, close), setQ, ownerId, setOwnerId, close, setClose };
}

interface BoardFiltersProps {
  filters: ReturnType<typeof useBoardFilters>;
  canMove: boolean;
  phone: boolean;
}

export function BoardFilters({ filters, canMove, phone }: BoardFiltersProps) {
  const { t } = useTranslation();
  const users = useOwnerOptions();
  const { setQ, ownerId, setOwnerId, close, setClose } = filters;
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
      <Input.Search allowClear placeholder={t('pipeline.search')} aria-label={t('pipeline.search')} onSearch={setQ} style={{ maxWidth: phone ? undefined : 260 }} />
      <Select<number>
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('repDay.kanban.owner')}
        aria-label={t('repDay.kanban.owner')}
        value={ownerId}
        onChange={setOwnerId}
        options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        style={{ width: phone ? '100%' : 180 }}
        data-testid="owner-filter"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={close}
        onChange={(v) => setClose(v)}
        placeholder={[t('repDay.kanban.closeFrom'), t('repDay.kanban.closeTo')]}
        aria-label={t('repDay.kanban.closeRange')}
        style={{ width: phone ? '100%' : 280 }}
      />
      {canMove && !phone && <Typography.Text type="secondary">{t('pipeline.dragHint')}</Typography.Text>}
    </Flex>
  );
}

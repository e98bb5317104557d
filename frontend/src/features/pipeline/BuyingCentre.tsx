import { problemMessage } from '../../lib/problemText';
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { useAccountContactOptions } from '../../components/visit/visitApi';
import { type DealContact, useDealContacts, usePutDealContact, useRemoveDealContact } from './dealApi';

const ROLES = ['DECISION_MAKER', 'INFLUENCER', 'TECHNICAL_EVALUATOR', 'PURCHASER', 'USER', 'GATEKEEPER', 'COACH'] as const;
const ATTITUDES = ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'] as const;

/** The deal's buying centre: who takes part, in which role and with which attitude to this deal. */
export function BuyingCentre({ dealId, accountId, canEdit }: { dealId: number; accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const members = useDealContacts(dealId);
  const contacts = useAccountContactOptions(accountId);
  const put = usePutDealContact(dealId);
  const remove = useRemoveDealContact(dealId);
  const [adding, setAdding] = useState<number | undefined>();
  const inCentre = new Set((members.data ?? []).map((m) => m.contactId));
  const onError = (e: unknown) => void message.error(problemMessage(t, e));
  const save = (m: DealContact, change: Partial<Pick<DealContact, 'dealRole' | 'attitude'>>) =>
    put.mutate({ contactId: m.contactId, body: { dealRole: m.dealRole, attitude: m.attitude, ...change } }, { onError });

  const columns: TableColumnsType<DealContact> = [
    { key: 'name', title: t('contacts.name'), render: (_: unknown, m: DealContact) => m.contactName ?? t('decisionMap.placeholderName') },
    {
      key: 'role',
      title: t('repDay.deal.dealRole'),
      render: (_: unknown, m: DealContact) =>
        canEdit ? (
          <Select
            size="small"
            allowClear
            style={{ width: 140 }}
            value={m.dealRole}
            aria-label={t('repDay.deal.dealRoleOf', { name: m.contactName })}
            onChange={(dealRole) => save(m, { dealRole })}
            options={ROLES.map((r) => ({ value: r, label: label('buyingRole', r) }))}
          />
        ) : (
          label('buyingRole', m.dealRole)
        ),
    },
    {
      key: 'attitude',
      title: t('repDay.deal.dealAttitude'),
      render: (_: unknown, m: DealContact) =>
        canEdit ? (
          <Select
            size="small"
            allowClear
            style={{ width: 140 }}
            value={m.attitude}
            aria-label={t('repDay.deal.dealAttitudeOf', { name: m.contactName })}
            onChange={(attitude) => save(m, { attitude })}
            options={ATTITUDES.map((a) => ({ value: a, label: label('attitude', a) }))}
          />
        ) : (
          label('attitude', m.attitude)
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'remove',
            title: t('common.actions'),
            render: (_: unknown, m: DealContact) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('repDay.deal.removeFromCentre', { name: m.contactName })}
                onClick={() => remove.mutate(m.contactId, { onError })}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <QueryBoundary query={members}>
      {(list) => (
    <>
      {canEdit && (
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Select<number>
            showSearch
            optionFilterProp="label"
            placeholder={t('repDay.deal.addToCentre')}
            aria-label={t('repDay.deal.addToCentre')}
            value={adding}
            onChange={setAdding}
            style={{ flex: '1 1 200px', maxWidth: 320 }}
            options={(contacts.data?.items ?? []).filter((c) => !inCentre.has(c.id)).map((c) => ({ value: c.id, label: c.name ?? t('decisionMap.placeholderName') }))}
          />
          <Button
            disabled={adding === undefined}
            loading={put.isPending}
            onClick={() => adding !== undefined && put.mutate({ contactId: adding, body: {} }, { onSuccess: () => setAdding(undefined), onError })}
          >
            {t('repDay.deal.add')}
          </Button>
        </Flex>
      )}
      <Table<DealContact>
        size="small"
        rowKey="contactId"
        aria-label={t('repDay.deal.buyingCentre')}
        columns={columns}
        dataSource={list}
        loading={members.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('repDay.deal.noCentre') }}
      />
    </>
      )}
    </QueryBoundary>
  );
}

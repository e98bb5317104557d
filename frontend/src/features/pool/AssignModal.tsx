import { Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { useQuery } from '@tanstack/react-query';
import type { PoolAccount } from './api';

/** Picks the member of the pool's team who gets the account (分配); an admin sees everyone. */
export function AssignModal({
  account,
  onAssign,
  onClose,
}: {
  account: PoolAccount | null;
  onAssign: (account: PoolAccount, userId: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<number>();
  const users = useQuery({
    queryKey: ['users', 'picker'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { params: { query: { size: 500, sort: 'name' } }, signal })),
    staleTime: 5 * 60_000,
    enabled: account !== null,
  });
  const members = (users.data?.items ?? []).filter(
    (u) => u.active && (account?.teamId == null || u.teamId === account.teamId),
  );
  return (
    <Modal
      open={account !== null}
      title={t('pool.assignTitle', { name: account?.name ?? '' })}
      okText={t('pool.assign')}
      okButtonProps={{ disabled: userId === undefined }}
      onOk={() => {
        if (account && userId !== undefined) onAssign(account, userId);
        setUserId(undefined);
      }}
      onCancel={() => {
        setUserId(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Select
        style={{ width: '100%' }}
        showSearch
        optionFilterProp="label"
        loading={users.isPending}
        placeholder={t('pool.assignTo')}
        aria-label={t('pool.assignTo')}
        value={userId}
        onChange={setUserId}
        options={members.map((u) => ({ value: u.id, label: u.name }))}
        data-testid="pool-assign-user"
      />
    </Modal>
  );
}

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCurrentUser } from '../../lib/session';
import { useOwnerCandidates, useOwnerChange, useRelationshipOwners } from './api';

/**
 * Who of us holds the relationship with this key person. The people offered are the account's
 * owner and team and the caller's team, so a rep in the East team is not offered the North team.
 */
export function OwnersEditor({ accountId, contactId }: { accountId: number; contactId: number }) {
  const { t } = useTranslation();
  const owners = useRelationshipOwners(contactId);
  const candidates = useOwnerCandidates(accountId, useCurrentUser());
  const change = useOwnerChange(contactId);
  const [userId, setUserId] = useState<number | undefined>();
  const [strength, setStrength] = useState(3);
  const held = new Set((owners.data ?? []).map((o) => o.userId));
  const scale = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: t(`decisionMap.scale.${v}`) }));

  return (
    <section aria-labelledby="owners-title" data-testid="owners-editor">
      <Typography.Title level={5} id="owners-title">
        {t('decisionMap.owners')}
      </Typography.Title>
      {(owners.data ?? []).length === 0 && <Typography.Paragraph type="secondary">{t('decisionMap.noOwners')}</Typography.Paragraph>}
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        {(owners.data ?? []).map((o) => (
          <Flex key={o.id} justify="space-between" align="center">
            <span>
              {o.userName ?? `#${o.userId}`} · {t(`decisionMap.scale.${o.strength}`)}
            </span>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('decisionMap.removeOwner', { name: o.userName ?? '' })}
              loading={change.isPending}
              onClick={() => change.mutate({ remove: o })}
            />
          </Flex>
        ))}
      </Flex>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          aria-label={t('decisionMap.ownerPick')}
          placeholder={t('decisionMap.ownerPick')}
          style={{ flex: 1, minWidth: 0 }}
          loading={candidates.isPending}
          value={userId}
          onChange={setUserId}
          data-testid="owner-pick"
          options={(candidates.data ?? []).filter((c) => !held.has(c.id)).map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select aria-label={t('decisionMap.ownerStrength')} style={{ width: 110 }} value={strength} onChange={setStrength} options={scale} />
        <Button
          disabled={userId === undefined}
          loading={change.isPending}
          onClick={() => userId !== undefined && change.mutate({ add: { userId, strength } }, { onSuccess: () => setUserId(undefined) })}
        >
          {t('decisionMap.addOwner')}
        </Button>
      </Space.Compact>
      {change.error && (
        <div style={{ marginTop: 8 }}>
          <ProblemAlert error={change.error} />
        </div>
      )}
    </section>
  );
}

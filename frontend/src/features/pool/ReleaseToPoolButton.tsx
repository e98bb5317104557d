import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useRelease } from './api';

/** 退回公海: the owner gives the account back to the team's pool, saying why. */
export default function ReleaseToPoolButton({ accountId, name, version }: { accountId: number; name: string; version: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const release = useRelease(accountId, () => {
    setOpen(false);
    void message.success(t('pool.released', { name }));
    void navigate('/pool');
  });

  const close = () => {
    setOpen(false);
    setReason('');
    release.reset();
  };
  return (
    <>
      <Button icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="account-release">
        {t('pool.release')}
      </Button>
      <Modal
        open={open}
        title={t('pool.releaseTitle', { name })}
        okText={t('pool.release')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: release.isPending }}
        onCancel={close}
        onOk={() => release.mutate({ version, reason: reason.trim() })}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('pool.releaseHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('pool.releaseReason')}
          aria-label={t('pool.releaseReason')}
          data-testid="release-reason"
        />
        {release.isError && (
          <div style={{ marginTop: 12 }}>
            <ProblemAlert error={release.error} />
          </div>
        )}
      </Modal>
    </>
  );
}

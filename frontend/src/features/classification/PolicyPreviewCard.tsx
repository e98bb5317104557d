import { Button, Card, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { Policy, RunSummary, useActivateAndRun } from './api';
import { DryRunPreview } from './DryRunPreview';

interface PolicyPreviewCardProps {
  preview: { policy: Policy; summary: RunSummary };
  activate: ReturnType<typeof useActivateAndRun>;
  busy: boolean;
  running: boolean;
  /** The activation's own run finished: its summary replaces the preview. */
  onActivated: (summary: RunSummary) => void;
}

/** A version's dry run; a draft can be activated from here, which runs it for real. */
export function PolicyPreviewCard({ preview, activate, busy, running, onActivated }: PolicyPreviewCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      type="inner"
      title={t('policy.previewTitle', { version: preview.policy.version })}
      extra={
        preview.policy.status !== 'ACTIVE' && (
          <Popconfirm
            title={t('policy.activateConfirm', { version: preview.policy.version })}
            okText={t('policy.activate')}
            cancelText={t('common.cancel')}
            disabled={busy}
            onConfirm={() =>
              activate.mutate(preview.policy.version, { onSuccess: onActivated })
            }
          >
            <Button type="primary" danger loading={activate.isPending} disabled={running}>
              {t('policy.activate')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {activate.isError && <ProblemAlert error={activate.error} />}
      <DryRunPreview summary={preview.summary} />
    </Card>
  );
}

import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LongRunProgress } from '../../components/LongRunProgress';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import { type Policy, type RunSummary, useActivateAndRun, usePolicies, useRunClassification } from './api';
import { DryRunPreview } from './DryRunPreview';
import { PolicyFormCard } from './PolicyFormCard';
import { PolicyPreviewCard } from './PolicyPreviewCard';
import { PolicyVersionsTable } from './PolicyVersionsTable';
import { toPolicyForm } from './policy';

/** ADMIN: policy versions; a new version is previewed with a dry run before it is activated and run. */
export function PolicyEditor() {
  const policies = usePolicies();
  return <QueryBoundary query={policies}>{(list) => <PolicyVersions policies={list} />}</QueryBoundary>;
}

function PolicyVersions({ policies }: { policies: Policy[] }) {
  const { t } = useTranslation();
  const run = useRunClassification();
  const activate = useActivateAndRun();
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<{ policy: Policy; summary: RunSummary } | null>(null);
  const [done, setDone] = useState<RunSummary | null>(null);
  // The last run's duration estimates the next one (same accounts, same work).
  const [lastMs, setLastMs] = useState<number | undefined>();
  const busy = run.isPending || activate.isPending;
  const active = policies.find((p) => p.status === 'ACTIVE');

  const previewVersion = (policy: Policy) => {
    setDone(null);
    run.mutate(
      { policyVersion: policy.version, dryRun: true },
      {
        onSuccess: (summary) => {
          setLastMs(summary.durationMs);
          setPreview({ policy, summary });
        },
      },
    );
  };

  const runActiveNow = (version: number) => {
    setDone(null);
    setPreview(null);
    run.mutate(
      { policyVersion: version, dryRun: false },
      {
        onSuccess: (summary) => {
          setLastMs(summary.durationMs);
          setDone(summary);
        },
      },
    );
  };

  const runningLabel = run.isPending
    ? run.variables.dryRun
      ? t('policy.dryRunning', { version: run.variables.policyVersion })
      : t('policy.runningNow', { version: run.variables.policyVersion })
    : activate.isPending
      ? t('policy.activating', { version: activate.variables })
      : undefined;

  return (
    <Card
      title={t('policy.title')}
      extra={
        <Space>
          {active && (
            <Popconfirm
              title={t('policy.runNowConfirm', { version: active.version })}
              okText={t('policy.runNow')}
              cancelText={t('common.cancel')}
              onConfirm={() => runActiveNow(active.version)}
              disabled={busy}
            >
              <Button icon={<PlayCircleOutlined />} disabled={busy} data-testid="run-now">
                {t('policy.runNow')}
              </Button>
            </Popconfirm>
          )}
          {!editing && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing(true)} disabled={busy}>
              {t('policy.newVersion')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <PolicyVersionsTable
          policies={policies}
          busy={busy}
          running={run.isPending ? run.variables.policyVersion : undefined}
          previewing={run.isPending && run.variables.dryRun ? run.variables.policyVersion : undefined}
          onPreview={previewVersion}
        />
        {editing && (
          <PolicyFormCard
            initial={active ? toPolicyForm(active) : { weights: { revenue12: 35, grossProfit12: 30, growth: 10, potential: 15, strategicValue: 10 }, keyThreshold: 70, keyCapShare: 20, windowMonths: 12 }}
            basedOn={active?.version}
            onCancel={() => setEditing(false)}
            onPreview={(policy, summary) => {
              setLastMs(summary.durationMs);
              setEditing(false);
              setDone(null);
              setPreview({ policy, summary });
            }}
          />
        )}
        {runningLabel !== undefined && (
          <LongRunProgress label={runningLabel} expectedMs={lastMs} testId="run-progress" />
        )}
        {run.isError && <ProblemAlert error={run.error} />}
        {preview && (
          <PolicyPreviewCard
            preview={preview}
            activate={activate}
            busy={busy}
            running={run.isPending}
            onActivated={(summary) => {
              setLastMs(summary.durationMs);
              setPreview(null);
              setDone(summary);
            }}
          />
        )}
        {done && (
          <Card type="inner" title={t('policy.doneTitle', { version: done.policyVersion })}>
            <Alert type="success" showIcon title={t('policy.done', { count: done.changedCount })} style={{ marginBottom: 12 }} />
            <DryRunPreview summary={done} />
          </Card>
        )}
      </Space>
    </Card>
  );
}

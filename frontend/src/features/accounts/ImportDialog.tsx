import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Modal, Select, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LongRunProgress } from '../../components/LongRunProgress';
import { ProblemAlert } from '../../components/ProblemAlert';
import { accountKeys } from './api';
import { ImportDuplicateList } from './duplicates/ImportDuplicateList';
import { RowErrorTable } from '../../components/import/RowErrorTable';
import { IMPORT_DATASETS, type ImportDataset, ImportRejectedError, type ImportResult, uploadImport } from './importApi';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; dryRun: boolean; percent: number | undefined }
  | { kind: 'processing'; dryRun: boolean }
  | { kind: 'checked'; result: ImportResult }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; error: unknown };

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/**
 * Bulk import from the accounts screen: pick the dataset and a CSV/JSON file, check it with a dry
 * run (counts, or the bad rows as a table), then import it. All or nothing on the server side.
 */
export default function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dataset, setDataset] = useState<ImportDataset>('accounts');
  const [file, setFile] = useState<File | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  // The dry run's server time predicts the import's (same rows, same checks, plus the writes).
  const [checkedMs, setCheckedMs] = useState<number | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const running = phase.kind === 'uploading' || phase.kind === 'processing';

  useEffect(() => () => abort.current?.abort(), []);

  const reset = (next: { dataset?: ImportDataset; file?: File | undefined }) => {
    abort.current?.abort();
    if (next.dataset) setDataset(next.dataset);
    if ('file' in next) setFile(next.file);
    setPhase({ kind: 'idle' });
  };

  const start = (dryRun: boolean) => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'uploading', dryRun, percent: 0 });
    uploadImport({
      dataset,
      file,
      dryRun,
      signal: controller.signal,
      onUpload: (percent) => setPhase({ kind: 'uploading', dryRun, percent }),
      onProcessing: () => setPhase({ kind: 'processing', dryRun }),
    }).then(
      (result) => {
        if (dryRun) {
          setCheckedMs(result.elapsedMs);
          setPhase({ kind: 'checked', result });
        } else {
          setPhase({ kind: 'done', result });
          void client.invalidateQueries({ queryKey: accountKeys.all });
        }
      },
      (error: unknown) => {
        if (!isAbort(error)) setPhase({ kind: 'failed', error });
      },
    );
  };

  const close = () => {
    abort.current?.abort();
    setPhase({ kind: 'idle' });
    onClose();
  };

  const footer = (
    <Flex justify="end" gap={8}>
      <Button onClick={close}>{phase.kind === 'done' ? t('common.close') : t('common.cancel')}</Button>
      {phase.kind !== 'done' && (
        <Button type={phase.kind === 'checked' ? 'default' : 'primary'} disabled={!file || running} onClick={() => start(true)}>
          {t('imports.check')}
        </Button>
      )}
      {phase.kind !== 'done' && (
        <Button type="primary" disabled={phase.kind !== 'checked'} onClick={() => start(false)} data-testid="import-run">
          {phase.kind === 'checked' ? t('imports.runRows', { count: phase.result.rows }) : t('imports.run')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal open={open} title={t('imports.title')} onCancel={close} footer={footer} width={760} mask={{ closable: !running }} destroyOnHidden>
      <Flex vertical gap={16}>
        <Flex vertical gap={4}>
          <Typography.Text strong id="import-dataset-label">
            {t('imports.dataset')}
          </Typography.Text>
          <Select<ImportDataset>
            aria-labelledby="import-dataset-label"
            value={dataset}
            disabled={running}
            onChange={(value) => reset({ dataset: value })}
            options={IMPORT_DATASETS.map((d) => ({ value: d, label: t(`imports.datasets.${d}`) }))}
            style={{ width: 260 }}
          />
          <Typography.Text type="secondary">{t(`imports.columns.${dataset}`)}</Typography.Text>
        </Flex>
        <Upload.Dragger
          accept=".csv,.json,text/csv,application/json"
          maxCount={1}
          disabled={running}
          fileList={file ? [{ uid: 'file', name: `${file.name} (${(file.size / 1024).toFixed(1)} KB)`, status: 'done' }] : []}
          beforeUpload={(f) => {
            reset({ file: f });
            return false; // kept here; sent by the dry run and the import, not on selection
          }}
          onRemove={() => reset({ file: undefined })}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('imports.drop')}</p>
          <p className="ant-upload-hint">{t('imports.dropHint')}</p>
        </Upload.Dragger>
        <ImportPhase phase={phase} expectedMs={checkedMs} />
      </Flex>
    </Modal>
  );
}

function ImportPhase({ phase, expectedMs }: { phase: Phase; expectedMs: number | undefined }) {
  const { t } = useTranslation();
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'uploading':
      return <LongRunProgress label={t('imports.uploading')} percent={phase.percent} testId="import-progress" />;
    case 'processing':
      return (
        <LongRunProgress
          label={phase.dryRun ? t('imports.checking') : t('imports.importing')}
          expectedMs={phase.dryRun ? undefined : expectedMs}
          testId="import-progress"
        />
      );
    case 'checked':
      return (
        <Flex vertical gap={8} data-testid="import-checked">
          <Alert type="info" showIcon title={t('imports.checked')} />
          <ImportCounts result={phase.result} />
          <ImportDuplicateList duplicates={phase.result.duplicates} />
        </Flex>
      );
    case 'done':
      return (
        <Flex vertical gap={8} data-testid="import-done">
          <Alert type="success" showIcon title={t('imports.done', { count: phase.result.rows })} />
          <ImportCounts result={phase.result} />
        </Flex>
      );
    case 'failed':
      return phase.error instanceof ImportRejectedError ? (
        <RowErrorTable error={phase.error} />
      ) : (
        <ProblemAlert error={phase.error} />
      );
  }
}

function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={5} bordered>
      <Descriptions.Item label={t('imports.rows')}>{result.rows}</Descriptions.Item>
      <Descriptions.Item label={t('imports.created')}>{result.created}</Descriptions.Item>
      <Descriptions.Item label={t('imports.updated')}>{result.updated}</Descriptions.Item>
      <Descriptions.Item label={t('imports.unchanged')}>{result.unchanged}</Descriptions.Item>
      <Descriptions.Item label={t('imports.elapsed')}>{t('imports.ms', { ms: result.elapsedMs })}</Descriptions.Item>
    </Descriptions>
  );
}


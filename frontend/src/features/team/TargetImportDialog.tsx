import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRejectedError } from '../../components/import/rowErrors';
import { RowErrorTable } from '../../components/import/RowErrorTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useImportTargets } from './api';

/** Sales targets from a CSV file: check it (dry run), then import it; all or nothing on the server. */
export default function TargetImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportTargets();
  const result = upload.data;
  const checked = result?.dryRun === true;
  const send = (dryRun: boolean) => file && upload.mutate({ file, dryRun });
  return (
    <Modal
      open
      title={t('team.targetImport.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="check" disabled={!file} loading={upload.isPending && upload.variables.dryRun} onClick={() => send(true)}>
          {t('team.targetImport.check')}
        </Button>,
        <Button key="import" type="primary" disabled={!file || !checked} loading={upload.isPending && !upload.variables.dryRun} onClick={() => send(false)}>
          {t('team.targetImport.import')}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('team.targetImport.columns')}</Typography.Text>
        <Upload.Dragger
          accept=".csv,text/csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            upload.reset();
            return false;
          }}
          onRemove={() => setFile(null)}
          data-testid="target-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('team.targetImport.pick')}</p>
        </Upload.Dragger>
        {result && (
          <Alert
            type={result.dryRun ? 'info' : 'success'}
            showIcon
            data-testid="target-import-result"
            title={t(result.dryRun ? 'team.targetImport.checked' : 'team.targetImport.done', {
              rows: result.rows,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          />
        )}
        {upload.error instanceof ImportRejectedError ? <RowErrorTable error={upload.error} /> : upload.error && <ProblemAlert error={upload.error} />}
      </Flex>
    </Modal>
  );
}

import { Button, Drawer, Form, type FormInstance, Space } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { fieldErrorsOf } from '../lib/forms';
import { useStaleEdit } from '../lib/useStaleEdit';
import { ProblemAlert } from './ProblemAlert';
import { StaleEditPanel } from './StaleEditPanel';

interface FormDrawerProps<T> {
  open: boolean;
  title: string;
  form: FormInstance<T>;
  /** Names of the form's fields, to put the server's field errors next to the right input. */
  fields: readonly string[];
  initialValues?: Partial<T>;
  saving: boolean;
  /** The last save's error (a ProblemError); shown next to inputs or as an alert. */
  error: unknown;
  onSubmit: (values: T) => void;
  onClose: () => void;
  /**
   * Fetches the edited record again (refreshing the version the next save sends) and returns its
   * values in the form's shape; with it, a save refused as stale (412) offers to re-apply the edit.
   */
  reload?: () => Promise<Partial<T> | undefined>;
  extra?: ReactNode;
  children: ReactNode;
}

/** A drawer with a form whose save errors (problem+json) land next to the offending inputs. */
export function FormDrawer<T extends object>({
  open,
  title,
  form,
  fields,
  initialValues,
  saving,
  error,
  onSubmit,
  onClose,
  reload,
  extra,
  children,
}: FormDrawerProps<T>) {
  const { t } = useTranslation();
  const { fields: fieldErrors, unmatched } = fieldErrorsOf(error, fields);
  const root = useRef<HTMLDivElement>(null);
  const staleEdit = useStaleEdit<T>({ error, form, fields, baseline: initialValues, reload });

  useEffect(() => {
    if (fieldErrors.length > 0) form.setFields(fieldErrors.map((f) => ({ name: f.name as never, errors: f.errors })));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [error]);

  // The form instance outlives the drawer: without a reset, a drawer opened right after another
  // save started from that session's leftovers (an edited key person lost the name just given).
  useEffect(() => {
    if (open) form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, [open]);

  const stale = error instanceof ProblemError && error.status === 412;
  return (
    <Drawer
      open={open}
      title={title}
      size={520}
      onClose={onClose}
      destroyOnHidden
      extra={extra}
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {staleEdit.handles && (
        <div style={{ marginBottom: 16 }}>
          <StaleEditPanel
            pending={staleEdit.pending}
            changes={staleEdit.changes}
            formRoot={root}
            onApply={staleEdit.applyMine}
            onDiscard={staleEdit.discardMine}
          />
        </div>
      )}
      {!staleEdit.handles && (unmatched || (stale && !reload)) && error !== null && error !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} />
          {stale && <p style={{ marginTop: 8 }}>{t('common.staleHint')}</p>}
        </div>
      )}
      <div ref={root}>
        <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} preserve={false}>
          {children}
        </Form>
      </div>
    </Drawer>
  );
}

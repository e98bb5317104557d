import { Button, Form, type FormInstance } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldErrorsOf } from '../../lib/forms';

/** A small inline add-form whose server field errors land next to the inputs; the rest (e.g. a 422 detail) in an alert. */
export function InlineForm<T extends object>({
  form,
  fields,
  error,
  saving,
  submitLabel,
  onFinish,
  initialValues,
  children,
}: {
  form: FormInstance<T>;
  fields: readonly string[];
  error: unknown;
  saving: boolean;
  submitLabel: string;
  onFinish: (values: T) => void;
  initialValues?: Partial<T>;
  children: ReactNode;
}) {
  const { fields: fieldErrors, unmatched } = fieldErrorsOf(error, fields);
  useEffect(() => {
    if (fieldErrors.length > 0) form.setFields(fieldErrors.map((f) => ({ name: f.name as never, errors: f.errors })));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [error]);
  return (
    <>
      <Form<T> form={form} layout="inline" style={{ rowGap: 8, marginTop: 12 }} onFinish={onFinish} initialValues={initialValues}>
        {children}
        <Form.Item>
          <Button htmlType="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Form.Item>
      </Form>
      {unmatched && error !== null && error !== undefined && (
        <div style={{ marginTop: 8 }} data-testid="inline-form-error">
          <ProblemAlert error={error} />
        </div>
      )}
    </>
  );
}

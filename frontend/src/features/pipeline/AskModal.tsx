import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { fieldErrorsOf } from '../../lib/forms';
import { LOST_REASONS, type LostReason, type Opportunity, type Stage, type TransitionInput, useCompetitors } from './api';

export interface Ask {
  deal: Opportunity;
  to: Stage;
  kind: 'LOST' | 'REASON';
}

interface AskValues {
  lostReason?: LostReason;
  lostReasonText?: string;
  competitorId?: number;
  reason?: string;
}

/** What a move needs before it is sent: the lost reason (and competitor), or why the deal goes back. */
export function AskModal({
  ask,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  ask: Ask;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (body: TransitionInput) => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<AskValues>();
  const reason = Form.useWatch('lostReason', form);
  const competitors = useCompetitors(ask.kind === 'LOST' && reason === 'COMPETITOR');
  const fieldNames = ['lostReason', 'lostReasonText', 'competitorId', 'reason'] as const;
  const { fields, unmatched } = fieldErrorsOf(error, fieldNames);
  const title =
    ask.kind === 'LOST'
      ? t('pipeline.lostTitle', { deal: ask.deal.name })
      : t('pipeline.backTitle', { deal: ask.deal.name, stage: label('stage', ask.to) });

  return (
    <Modal
      open
      title={title}
      okText={t('pipeline.move')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then((v) =>
          onSubmit(
            ask.kind === 'LOST'
              ? {
                  to: ask.to,
                  lostReason: v.lostReason,
                  ...(v.lostReason === 'OTHER' ? { lostReasonText: v.lostReasonText?.trim() } : {}),
                  ...(v.lostReason === 'COMPETITOR' ? { competitorId: v.competitorId } : {}),
                }
              : { to: ask.to, reason: v.reason?.trim() },
          ),
        )
      }
      destroyOnHidden
    >
      <Form<AskValues> form={form} layout="vertical" fields={fields.map((f) => ({ name: f.name as keyof AskValues, errors: f.errors }))}>
        {ask.kind === 'LOST' ? (
          <>
            <Form.Item name="lostReason" label={t('pipeline.lostReason')} rules={[{ required: true, message: t('pipeline.lostReasonRequired') }]}>
              <Select options={LOST_REASONS.map((r) => ({ value: r, label: label('lostReason', r) }))} />
            </Form.Item>
            {reason === 'OTHER' && (
              <Form.Item
                name="lostReasonText"
                label={t('pipeline.lostReasonText')}
                rules={[{ required: true, whitespace: true, message: t('pipeline.lostReasonTextRequired') }]}
              >
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            )}
            {reason === 'COMPETITOR' && (
              <Form.Item name="competitorId" label={t('pipeline.competitor')} rules={[{ required: true, message: t('pipeline.competitorRequired') }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={competitors.isPending}
                  options={(competitors.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  notFoundContent={competitors.isError ? t('pipeline.competitorsFailed') : undefined}
                />
              </Form.Item>
            )}
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('pipeline.backReason')}
            rules={[{ required: true, whitespace: true, message: t('pipeline.backReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
      {unmatched && error !== null && <ProblemAlert error={error} />}
    </Modal>
  );
}

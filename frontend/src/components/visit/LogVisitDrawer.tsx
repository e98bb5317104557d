import { Checkbox, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../FormDrawer';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { type ActivityInput, type Commitment, useAccountContactOptions, useAccountDealOptions, useLogVisit, visitNeedsReason } from './visitApi';

const KINDS: readonly ActivityInput['kind'][] = ['VISIT', 'CALL', 'MEETING', 'EMAIL'];
const TREASURES = ['businessCards', 'notebook', 'contactList', 'productMaterial', 'priceQuote'] as const;
const CUSTOMER_KINDS = ['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY', 'FOLLOW_UP', 'OTHER'] as const;
const FIELDS = ['kind', 'occurredOn', 'contactIds', 'opportunityId', 'purpose', 'outcome', 'treasures', 'commitmentDescription', 'commitmentDueOn', 'nextStep', 'nextStepDueOn', 'noCommitmentReason'] as const;
const OPEN_STAGES = new Set(['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION']);

interface Values {
  kind: ActivityInput['kind'];
  occurredOn: Dayjs;
  contactIds?: number[];
  opportunityId?: number;
  purpose: string;
  outcome?: string;
  treasures?: (typeof TREASURES)[number][];
  commitmentKind?: Commitment['kind'];
  commitmentDescription?: string;
  commitmentDueOn?: Dayjs | null;
  nextStep?: string;
  nextStepDueOn?: Dayjs | null;
  noCommitmentReason?: string;
}

/** The form's values as the API's input: the customer's promise and our next step become two commitments. */
export function toActivityInput(v: Values): ActivityInput {
  const treasures = new Set(v.treasures ?? []);
  const commitments = [
    ...(v.commitmentDescription?.trim()
      ? [compact({ side: 'CUSTOMER' as const, kind: v.commitmentKind ?? 'FOLLOW_UP', description: v.commitmentDescription.trim(), dueOn: v.commitmentDueOn?.format('YYYY-MM-DD') })]
      : []),
    ...(v.nextStep?.trim()
      ? [compact({ side: 'US' as const, kind: 'FOLLOW_UP' as const, description: v.nextStep.trim(), dueOn: v.nextStepDueOn?.format('YYYY-MM-DD') })]
      : []),
  ];
  return compact({
    kind: v.kind,
    occurredOn: v.occurredOn.format('YYYY-MM-DD'),
    purpose: v.purpose,
    outcome: v.outcome,
    contactIds: v.contactIds?.length ? v.contactIds : undefined,
    opportunityId: v.opportunityId,
    preparation: v.kind === 'VISIT' ? Object.fromEntries(TREASURES.map((k) => [k, treasures.has(k)])) : undefined,
    commitments: commitments.length > 0 ? commitments : undefined,
    noCommitmentReason: v.noCommitmentReason,
  });
}

export interface VisitPreset {
  contactIds?: number[];
  opportunityId?: number;
}

/**
 * 记录拜访: who was met (their last-contact date follows), for which deal, the outcome, what the
 * customer committed to (a visit needs one, or a reason) and our next step. Opened from the account,
 * a contact, a decision-map node or a deal, with those preset.
 */
export function LogVisitDrawer({ accountId, open, preset, onClose, onLogged }: { accountId: number; open: boolean; preset?: VisitPreset; onClose: () => void; onLogged?: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const log = useLogVisit(accountId);
  const contacts = useAccountContactOptions(accountId);
  const deals = useAccountDealOptions(accountId);
  const close = () => {
    log.reset();
    onClose();
  };
  return (
    <FormDrawer<Values>
      open={open}
      title={t('repDay.visit.title')}
      form={form}
      fields={FIELDS}
      initialValues={{ kind: 'VISIT', occurredOn: dayjs(), treasures: [], commitmentKind: 'FOLLOW_UP', contactIds: preset?.contactIds ?? [], opportunityId: preset?.opportunityId }}
      saving={log.isPending}
      error={log.error}
      onSubmit={(v) =>
        log.mutate(toActivityInput(v), {
          onSuccess: () => {
            close();
            onLogged?.();
          },
        })
      }
      onClose={close}
    >
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('activities.kind')} style={{ flex: '1 1 140px' }}>
          <Select options={KINDS.map((k) => ({ value: k, label: label('activityKind', k) }))} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('activities.occurredOn')} rules={[{ required: true, message: t('plan.required') }]} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="contactIds" label={t('repDay.visit.people')} extra={t('repDay.visit.peopleHint')}>
        <Select<number[]>
          mode="multiple"
          showSearch
          optionFilterProp="label"
          loading={contacts.isPending}
          data-testid="visit-people"
          options={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.name ?? t('decisionMap.placeholderName') }))}
        />
      </Form.Item>
      <Form.Item name="opportunityId" label={t('repDay.visit.deal')}>
        <Select<number>
          allowClear
          showSearch
          optionFilterProp="label"
          loading={deals.isPending}
          data-testid="visit-deal"
          options={(deals.data?.items ?? []).filter((d) => OPEN_STAGES.has(d.stage) || d.id === preset?.opportunityId).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="purpose" label={t('activities.purpose')} rules={[{ required: true, whitespace: true, message: t('plan.required') }, { max: 1000 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="outcome" label={t('activities.outcome')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {kind === 'VISIT' && (
        <Form.Item name="treasures" label={t('activities.treasures')} extra={t('activities.treasuresHint')}>
          <Checkbox.Group options={TREASURES.map((k) => ({ value: k, label: t(`activities.treasure.${k}`) }))} />
        </Form.Item>
      )}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('activities.customerCommitment')}
      </Typography.Title>
      <Form.Item name="commitmentDescription" label={t('activities.description')} rules={[{ max: 1000 }]}>
        <Input data-testid="visit-customer-commitment" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="commitmentKind" label={t('activities.kind')} style={{ flex: '1 1 140px' }}>
          <Select options={CUSTOMER_KINDS.map((k) => ({ value: k, label: label('commitmentKind', k) }))} />
        </Form.Item>
        <Form.Item name="commitmentDueOn" label={t('activities.dueOn')} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="noCommitmentReason"
        label={t('activities.noCommitmentReason')}
        dependencies={['kind', 'commitmentDescription']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              visitNeedsReason(getFieldValue('kind') as Values['kind'], getFieldValue('commitmentDescription') as string | undefined, value)
                ? Promise.reject(new Error(t('activities.needCommitment')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('repDay.visit.ourNextStep')}
      </Typography.Title>
      <Flex gap={12} wrap>
        <Form.Item name="nextStep" label={t('repDay.visit.nextStep')} rules={[{ max: 1000 }]} style={{ flex: '2 1 200px' }}>
          <Input data-testid="visit-next-step" />
        </Form.Item>
        <Form.Item name="nextStepDueOn" label={t('activities.dueOn')} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
    </FormDrawer>
  );
}

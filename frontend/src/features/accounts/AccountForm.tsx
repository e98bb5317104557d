import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../components/FormDrawer';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { type Account, type AccountInput, useReloadAccount, useSaveAccount, useUsers } from './api';
import { DuplicateHint } from './duplicates/DuplicateHint';
import { useIndustryNames } from './industryNames';
import { KA_KINDS } from './listParams';
import { PROCUREMENT_MODES, PURCHASE_PATTERNS, RELATIONSHIP_STAGES } from './options';

const FIELDS = [
  'name',
  'creditCode',
  'externalId',
  'industryCode',
  'region',
  'ownerId',
  'kaKind',
  'relationshipStage',
  'procurementMode',
  'purchasePattern',
  'estimatedAnnualPotential',
  'strategicValue',
  'duplicateReason',
] as const;

/** The form's values: the account, and the reason to keep it when it looks like another. */
type AccountValues = AccountInput & { duplicateReason?: string };

interface AccountFormProps {
  open: boolean;
  /** The account to edit; without it the form creates one. */
  account?: Account;
  onClose: () => void;
}

function initialOf(a: Account | undefined): Partial<AccountInput> | undefined {
  if (!a) return undefined;
  const { name, creditCode, externalId, industryCode, region, ownerId, kaKind, relationshipStage, procurementMode, purchasePattern } = a;
  return {
    name,
    creditCode,
    externalId,
    industryCode,
    region,
    ownerId,
    kaKind,
    relationshipStage,
    procurementMode,
    purchasePattern,
    estimatedAnnualPotential: a.estimatedAnnualPotential,
    strategicValue: a.strategicValue,
  };
}

/** Create or edit an account (category is not editable: classification sets it). */
export function AccountForm({ open, account, onClose }: AccountFormProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [form] = Form.useForm<AccountValues>();
  const typedName = Form.useWatch('name', form) ?? '';
  const typedCode = Form.useWatch('creditCode', form);
  const save = useSaveAccount();
  const reloadAccount = useReloadAccount();
  const users = useUsers(open);
  const industries = useIndustryNames(open);

  const close = () => {
    save.reset();
    onClose();
  };

  return (
    <FormDrawer<AccountValues>
      open={open}
      title={account ? t('accountForm.editTitle', { name: account.name }) : t('accountForm.createTitle')}
      form={form}
      fields={FIELDS}
      initialValues={initialOf(account)}
      saving={save.isPending}
      error={save.error}
      onClose={close}
      reload={account ? async () => initialOf(await reloadAccount(account.id)) : undefined}
      onSubmit={({ duplicateReason, ...values }) =>
        save.mutate(
          { id: account?.id, version: account?.version, body: compact(values), duplicateReason: duplicateReason?.trim() },
          {
            onSuccess: (saved) => {
              close();
              if (!account) void navigate(`/accounts/${saved.id}`);
            },
          },
        )
      }
    >
      <Form.Item name="name" label={t('accounts.columns.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      {/* an edit that keeps the name is not checked again; a new name is */}
      {(!account || typedName.trim() !== account.name) && (
        <DuplicateHint name={typedName} creditCode={typedCode} excludeId={account?.id} reasonName="duplicateReason" />
      )}
      <Form.Item name="creditCode" label={t('accountForm.creditCode')} extra={t('accountForm.creditCodeHint')}>
        <Input maxLength={40} style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item name="externalId" label={t('accountForm.externalId')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="industryCode" label={t('accounts.columns.industry')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={industries.loading}
          options={industries.options}
        />
      </Form.Item>
      <Form.Item name="region" label={t('accounts.columns.region')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('accounts.columns.owner')} extra={account ? undefined : t('accountForm.ownerDefault')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.isPending}
          options={(users.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="kaKind" label={t('accounts.columns.kaKind')}>
        <Select allowClear options={KA_KINDS.map((k) => ({ value: k, label: label('kaKind', k) }))} />
      </Form.Item>
      <Form.Item name="relationshipStage" label={t('accounts.columns.relationshipStage')}>
        <Select allowClear options={RELATIONSHIP_STAGES.map((k) => ({ value: k, label: label('relationshipStage', k) }))} />
      </Form.Item>
      <Form.Item name="procurementMode" label={t('accountForm.procurementMode')}>
        <Select allowClear options={PROCUREMENT_MODES.map((k) => ({ value: k, label: label('procurementMode', k) }))} />
      </Form.Item>
      <Form.Item name="purchasePattern" label={t('accountForm.purchasePattern')}>
        <Select allowClear options={PURCHASE_PATTERNS.map((k) => ({ value: k, label: label('purchasePattern', k) }))} />
      </Form.Item>
      <Form.Item name="estimatedAnnualPotential" label={t('accounts.columns.potential')}>
        <InputNumber min={0} step={10000} style={{ width: '100%' }} prefix="¥" />
      </Form.Item>
      <Form.Item name="strategicValue" label={t('accounts.columns.strategicValue')}>
        <InputNumber min={0} max={5} style={{ width: '100%' }} />
      </Form.Item>
    </FormDrawer>
  );
}

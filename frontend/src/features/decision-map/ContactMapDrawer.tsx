import { Button, Form, Input, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../components/FormDrawer';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useSaveContact } from '../../lib/useSaveContact';
import { type Attitude, type BuyingRole, type Contact, type ContactInput, type DecisionMapNode, type Layer, useContact } from './api';
import { LAYERS } from './layout';

const ROLES: readonly BuyingRole[] = ['DECISION_MAKER', 'INFLUENCER', 'TECHNICAL_EVALUATOR', 'PURCHASER', 'USER', 'GATEKEEPER', 'COACH'];
const ATTITUDES: readonly Attitude[] = ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'];
const FIELDS = ['name', 'title', 'layer', 'roles', 'influence', 'attitude', 'closeness', 'reportsToId'] as const;

type Values = Pick<ContactInput, 'name' | 'title' | 'layer' | 'roles' | 'influence' | 'attitude' | 'closeness' | 'reportsToId'>;

/** The full input for PUT: the contact as it is, with the map attributes from the form. */
export function mergeContact(current: Contact | undefined, values: Values): ContactInput {
  const base: ContactInput = current
    ? {
        externalId: current.externalId,
        name: current.name,
        title: current.title,
        department: current.department,
        email: current.email,
        phone: current.phone,
        layer: current.layer,
        lastContactedOn: current.lastContactedOn,
        roles: current.roles,
        influence: current.influence,
        attitude: current.attitude,
        closeness: current.closeness,
        valueOrientation: current.valueOrientation,
        personalNotes: current.personalNotes,
        reportsToId: current.reportsToId,
        competitorId: current.competitorId,
        competitorCloseness: current.competitorCloseness,
      }
    : { layer: values.layer };
  return compact({ ...base, ...values, roles: values.roles ?? [] });
}

export interface ContactMapDrawerProps {
  accountId: number;
  /** A contact id to edit, or a layer to add a new contact in; undefined when closed. */
  target: { contactId: number } | { layer: Layer } | undefined;
  nodes: readonly DecisionMapNode[];
  onClose: () => void;
  /** Log a visit with the contact being edited. */
  onLogVisit?: (contactId: number) => void;
}

/** Edits a key person's decision-map attributes (roles, influence, attitude, closeness, reports-to). */
export function ContactMapDrawer({ accountId, target, nodes, onClose, onLogVisit }: ContactMapDrawerProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<Values>();
  const contactId = target && 'contactId' in target ? target.contactId : undefined;
  const contact = useContact(contactId);
  const save = useSaveContact(accountId);
  const current = contact.data;
  const editing = contactId !== undefined;
  const close = () => {
    save.reset();
    onClose();
  };
  const scale = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: t(`decisionMap.scale.${v}`) }));
  const title = editing
    ? t('decisionMap.editTitle', { name: current?.name ?? t('decisionMap.placeholderName') })
    : t('decisionMap.addTitle');

  return (
    <FormDrawer<Values>
      open={target !== undefined && (!editing || contact.isSuccess)}
      title={title}
      extra={
        editing && onLogVisit && contactId !== undefined ? (
          <Button size="small" onClick={() => onLogVisit(contactId)} data-testid="node-log-visit">
            {t('repDay.visit.title')}
          </Button>
        ) : undefined
      }
      form={form}
      fields={FIELDS}
      initialValues={
        editing && current
          ? {
              name: current.name,
              title: current.title,
              layer: current.layer,
              roles: current.roles,
              influence: current.influence,
              attitude: current.attitude,
              closeness: current.closeness,
              reportsToId: current.reportsToId,
            }
          : { layer: target && 'layer' in target ? target.layer : 'DECISION', roles: [] }
      }
      saving={save.isPending}
      error={save.error}
      onSubmit={(values) =>
        save.mutate(
          { id: current?.id, version: current?.version, body: mergeContact(current, values) },
          { onSuccess: close },
        )
      }
      onClose={close}
    >
      <Form.Item name="name" label={t('contacts.name')} extra={t('decisionMap.nameHint')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="title" label={t('contacts.title')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="layer" label={t('contacts.layer')} rules={[{ required: true, message: t('decisionMap.required') }]}>
        <Select options={LAYERS.map((l) => ({ value: l, label: label('layer', l) }))} />
      </Form.Item>
      <Form.Item name="roles" label={t('decisionMap.roles')}>
        <Select mode="multiple" allowClear options={ROLES.map((r) => ({ value: r, label: label('buyingRole', r) }))} />
      </Form.Item>
      <Form.Item name="influence" label={t('decisionMap.influence')}>
        <Select allowClear options={scale} />
      </Form.Item>
      <Form.Item name="attitude" label={t('decisionMap.attitude')}>
        <Select allowClear options={ATTITUDES.map((a) => ({ value: a, label: label('attitude', a) }))} />
      </Form.Item>
      <Form.Item name="closeness" label={t('decisionMap.closeness')}>
        <Select allowClear options={scale} />
      </Form.Item>
      <Form.Item name="reportsToId" label={t('decisionMap.reportsTo')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={nodes
            .filter((n) => n.id !== contactId)
            .map((n) => ({ value: n.id, label: `${n.name ?? t('decisionMap.placeholderName')} · ${label('layer', n.layer)}` }))}
        />
      </Form.Item>
    </FormDrawer>
  );
}

/** Shown while the contact to edit loads (or fails to). */
export function ContactLoadState({ contactId }: { contactId: number | undefined }) {
  const contact = useContact(contactId);
  if (contactId === undefined || contact.isSuccess) return null;
  return contact.isError ? <ProblemAlert error={contact.error} onRetry={() => void contact.refetch()} /> : <Skeleton active />;
}

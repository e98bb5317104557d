import { Button, Form, Input, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../components/FormDrawer';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useSaveContact } from '../../lib/useSaveContact';
import { ContactMapFields, MAP_FIELDS } from '../../components/contact/ContactMapFields';
import { inputOf } from '../../components/contact/contactInput';
import { type Contact, type ContactInput, type DecisionMapNode, type Layer, useContact } from './api';
import { LAYERS } from './elkLayout';
import { OwnersEditor } from './OwnersEditor';

const FIELDS = ['name', 'title', 'layer', ...MAP_FIELDS] as const;

type Values = Pick<ContactInput, 'name' | 'title' | 'layer' | 'roles' | 'influence' | 'attitude' | 'closeness' | 'reportsToId'>;

/** The full input for PUT: the contact as it is, with the map attributes from the form. */
export function mergeContact(current: Contact | undefined, values: Values): ContactInput {
  const base: ContactInput = current
    ? inputOf(current)
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
      <ContactMapFields people={nodes} selfId={contactId} />
      {editing && contactId !== undefined && <OwnersEditor accountId={accountId} contactId={contactId} />}
    </FormDrawer>
  );
}

/** Shown while the contact to edit loads (or fails to). */
export function ContactLoadState({ contactId }: { contactId: number | undefined }) {
  const contact = useContact(contactId);
  if (contactId === undefined || contact.isSuccess) return null;
  return contact.isError ? <ProblemAlert error={contact.error} onRetry={() => void contact.refetch()} /> : <Skeleton active />;
}

import { problemMessage } from '../../lib/problemText';
import { CalendarOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { LogVisitDrawer } from '../../components/visit/LogVisitDrawer';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Segmented, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeTag, type TagPalette } from '../../components/CodeTag';
import { FormDrawer } from '../../components/FormDrawer';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { useSaveContact } from '../../lib/useSaveContact';
import { type Contact, type ContactInput, fetchContact, type Layer, useContacts, useDeleteContact } from './api';
import { LAYERS } from './options';
import { ContactMapFields, MAP_FIELDS } from '../../components/contact/ContactMapFields';
import { inputOf } from '../../components/contact/contactInput';

const FIELDS = ['name', 'title', 'department', 'email', 'phone', 'layer', 'lastContactedOn', 'externalId', ...MAP_FIELDS] as const;

type ContactFormValues = Omit<ContactInput, 'lastContactedOn'> & { lastContactedOn?: Dayjs | null };

const LAYER_COLORS: Record<Layer, TagPalette> = { EXECUTIVE: 'purple', DECISION: 'volcano', IMPLEMENTATION: 'blue', USER: 'grey' };

const contactValues = (c: Contact): Partial<ContactFormValues> => ({
  ...c,
  lastContactedOn: c.lastContactedOn ? dayjs(c.lastContactedOn) : undefined,
});

export function ContactsTab({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const [layer, setLayer] = useState<Layer | undefined>();
  const contacts = useContacts(accountId, layer);
  // Reports-to may name someone of another layer than the one the table is filtered to.
  const everyone = useContacts(accountId, undefined);
  const save = useSaveContact(accountId);
  const remove = useDeleteContact(accountId);
  const [editing, setEditing] = useState<Contact | 'new' | undefined>();
  const [visitWith, setVisitWith] = useState<number | undefined>();
  const [form] = Form.useForm<ContactFormValues>();
  const current = editing === 'new' ? undefined : editing;

  const close = () => {
    save.reset();
    setEditing(undefined);
  };

  const columns: TableColumnsType<Contact> = [
    { key: 'name', title: t('contacts.name'), render: (_: unknown, c: Contact) => c.name ?? t('common.noValue') },
    { key: 'title', title: t('contacts.title'), render: (_: unknown, c: Contact) => c.title ?? t('common.noValue') },
    {
      key: 'department',
      title: t('contacts.department'),
      responsive: ['lg'],
      render: (_: unknown, c: Contact) => c.department ?? t('common.noValue'),
    },
    {
      key: 'layer',
      title: t('contacts.layer'),
      render: (_: unknown, c: Contact) => <CodeTag palette={LAYER_COLORS[c.layer]} code={c.layer}>
          {label('layer', c.layer)}
        </CodeTag>,
    },
    { key: 'email', title: t('contacts.email'), responsive: ['xl'], render: (_: unknown, c: Contact) => c.email ?? t('common.noValue') },
    { key: 'phone', title: t('contacts.phone'), responsive: ['xl'], render: (_: unknown, c: Contact) => c.phone ?? t('common.noValue') },
    { key: 'last', title: t('contacts.lastContactedOn'), render: (_: unknown, c: Contact) => fmt.date(c.lastContactedOn) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, c: Contact) => (
              <Space size={0}>
                <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(c)} aria-label={t('contacts.editNamed', { name: c.name ?? '' })} />
                <Button type="link" icon={<CalendarOutlined />} onClick={() => setVisitWith(c.id)} aria-label={t('repDay.visit.withNamed', { name: c.name ?? '' })} />
                <Popconfirm
                  title={t('contacts.deleteConfirm', { name: c.name ?? '' })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove.mutateAsync({ id: c.id, version: c.version }).then(
                      () => void message.success(t('contacts.deleted')),
                      (e: unknown) => void message.error(problemMessage(t, e)),
                    )
                  }
                >
                  <Button type="link" danger icon={<DeleteOutlined />} aria-label={t('contacts.deleteNamed', { name: c.name ?? '' })} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <div role="group" aria-label={t('contacts.filterLayer')}>
          <Segmented<Layer | 'ALL'>
            value={layer ?? 'ALL'}
            onChange={(v) => setLayer(v === 'ALL' ? undefined : v)}
            options={[{ value: 'ALL', label: t('accounts.all') }, ...LAYERS.map((l) => ({ value: l, label: label('layer', l) }))]}
          />
        </div>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('contacts.add')}
          </Button>
        )}
      </Flex>
      <QueryBoundary query={contacts}>
        {(data) => (
          <Table<Contact>
            aria-label={t('contacts.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.items}
            loading={contacts.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('contacts.empty') }}
          />
        )}
      </QueryBoundary>
      <FormDrawer<ContactFormValues>
        open={editing !== undefined}
        title={current ? t('contacts.editTitle', { name: current.name ?? '' }) : t('contacts.add')}
        form={form}
        fields={FIELDS}
        initialValues={current ? contactValues(current) : { layer: layer ?? 'USER' }}
        reload={
          current
            ? async () => {
                const latest = await fetchContact(current.id);
                setEditing(latest);
                return contactValues(latest);
              }
            : undefined
        }
        saving={save.isPending}
        error={save.error}
        onClose={close}
        onSubmit={(values) => {
          const body: ContactInput = compact({
            ...(current ? inputOf(current) : {}),
            ...values,
            lastContactedOn: values.lastContactedOn ? values.lastContactedOn.format('YYYY-MM-DD') : undefined,
          });
          save.mutate(
            { id: current?.id, version: current?.version, body },
            {
              onSuccess: () => {
                void message.success(t('contacts.saved'));
                close();
              },
            },
          );
        }}
      >
        <Form.Item name="name" label={t('contacts.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="layer" label={t('contacts.layer')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={LAYERS.map((l) => ({ value: l, label: label('layer', l) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('contacts.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="department" label={t('contacts.department')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t('contacts.email')}>
          <Input maxLength={254} type="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('contacts.phone')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="lastContactedOn" label={t('contacts.lastContactedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <ContactMapFields people={everyone.data?.items ?? []} selfId={current?.id} />
      </FormDrawer>
      <LogVisitDrawer
        accountId={accountId}
        open={visitWith !== undefined}
        preset={{ contactIds: visitWith === undefined ? [] : [visitWith] }}
        onClose={() => setVisitWith(undefined)}
        onLogged={() => void message.success(t('repDay.visit.logged'))}
      />
    </>
  );
}

import { Card, Col, Form, Input, InputNumber, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeTag } from '../../components/CodeTag';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountPlan, type Concession, type ConcessionInput, useAddConcession } from './api';
import { InlineForm } from './InlineForm';
import { giveVsGet } from './ledger';
import { STATUS_PALETTE } from './planValues';

const CONCESSION_KINDS: readonly ConcessionInput['kind'][] = ['DISCOUNT', 'REBATE', 'FREE_SERVICE', 'PAYMENT_TERMS'];
/** Kinds a concession can be traded for (ConcessionInput.commitmentId). */
const TRADABLE = new Set(['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY']);

/** Concessions (give vs get): what we gave, what the customer committed in return, and the exceptions. */
export function ConcessionsCard({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const isManager = hasRole(useCurrentUser(), 'MANAGER', 'ADMIN');
  const addConcession = useAddConcession(p.accountId);
  const [conForm] = Form.useForm<ConcessionInput>();
  const ledger = giveVsGet(p.concessions.entries);
  const tradable = p.jointBusinessPlan.customerCommitments.filter((c) => TRADABLE.has(c.kind) && c.status !== 'BROKEN');
  return (
    <Card size="small" title={t('plan.concessions.title')}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('plan.concessions.given')} value={fmt.money(p.concessions.given)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('plan.concessions.got')} value={p.concessions.commitmentsTradedFor} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('plan.concessions.kept')} value={`${p.concessions.commitmentsKept} / ${p.concessions.commitmentsTradedFor}`} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('plan.concessions.exceptions')} value={p.concessions.exceptions} />
        </Col>
      </Row>
      {ledger.unbacked > 0 && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
          {t('plan.concessions.unbacked', { count: ledger.unbacked, amount: fmt.money(ledger.unbackedAmount) })}
        </Typography.Paragraph>
      )}
      <Table<Concession>
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 12 }}
        aria-label={t('plan.concessions.title')}
        dataSource={p.concessions.entries}
        locale={{ emptyText: t('plan.concessions.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'date', title: t('plan.concessions.grantedOn'), render: (_: unknown, c) => fmt.date(c.grantedOn) },
          { key: 'kind', title: t('plan.kind'), render: (_: unknown, c) => label('concessionKind', c.kind) },
          { key: 'desc', title: t('plan.concessions.give'), dataIndex: 'description' },
          { key: 'amount', title: t('plan.concessions.amount'), align: 'right', render: (_: unknown, c) => fmt.money(c.amount) },
          {
            key: 'get',
            title: t('plan.concessions.get'),
            render: (_: unknown, c) =>
              c.tradedFor ? (
                <Space wrap>
                  {c.tradedFor.description}
                  <CodeTag palette={STATUS_PALETTE[c.tradedFor.status]}>{label('commitmentStatus', c.tradedFor.status)}</CodeTag>
                </Space>
              ) : (
                <Space wrap>
                  <CodeTag palette="gold">{t('plan.concessions.exception')}</CodeTag>
                  {c.exceptionReason}
                </Space>
              ),
          },
        ]}
      />
      {canEdit && (
        <InlineForm<ConcessionInput>
          form={conForm}
          fields={['kind', 'description', 'amount', 'commitmentId', 'exceptionReason']}
          error={addConcession.error}
          saving={addConcession.isPending}
          submitLabel={t('plan.concessions.add')}
          initialValues={{ kind: 'DISCOUNT' }}
          onFinish={(v) => addConcession.mutate({ version: p.version, body: compact(v) }, { onSuccess: () => conForm.resetFields() })}
        >
          <Form.Item name="kind" label={t('plan.kind')}>
            <Select style={{ width: 140 }} options={CONCESSION_KINDS.map((k) => ({ value: k, label: label('concessionKind', k) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('plan.concessions.give')} rules={[{ required: true, whitespace: true, message: t('plan.required') }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="amount" label={t('plan.concessions.amount')} rules={[{ required: true, message: t('plan.required') }]}>
            <InputNumber min={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="commitmentId" label={t('plan.concessions.get')} extra={t('plan.concessions.getHint')}>
            <Select
              allowClear
              style={{ width: 240 }}
              options={tradable.map((c) => ({ value: c.id, label: `${label('commitmentKind', c.kind)} · ${c.description}` }))}
            />
          </Form.Item>
          {isManager && (
            <Form.Item name="exceptionReason" label={t('plan.concessions.exceptionReason')}>
              <Input style={{ width: 220 }} />
            </Form.Item>
          )}
        </InlineForm>
      )}
    </Card>
  );
}

import { Alert, Button, Card, DatePicker, Descriptions, Empty, Flex, Form, Input, Popconfirm, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryLabel } from '../../components/CategoryLabel';
import { CATEGORY_ORDER } from '../../components/charts/categoryColors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReasonList } from '../../components/ReasonList';
import { useEnumLabel } from '../../i18n/enums';
import { fieldErrorsOf } from '../../lib/forms';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type Category, type Explanation, useClearOverride, useExplanation, useSetOverride } from './api';
import { factorFormat } from './explain';
import { QueryBoundary } from '../../components/QueryBoundary';

/** Score and threshold are fractions on the wire; every screen shows them as percentages (the policy editor too). */
const percent = (v: number, decimals: number) => `${Number((v * 100).toFixed(decimals))}%`;

interface OverrideValues {
  category: Category;
  reason: string;
  expiresOn?: Dayjs | null;
}

const OVERRIDE_FIELDS = ['category', 'reason', 'expiresOn'] as const;

function OverrideForm({ accountId, explanation }: { accountId: number; explanation: Explanation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [form] = Form.useForm<OverrideValues>();
  const set = useSetOverride(accountId);
  const clear = useClearOverride(accountId);
  const [unmatched, setUnmatched] = useState<unknown>(null);
  const current = explanation.override;

  const submit = (values: OverrideValues) => {
    setUnmatched(null);
    set.mutate(
      {
        category: values.category,
        reason: values.reason.trim(),
        ...(values.expiresOn ? { expiresOn: values.expiresOn.format('YYYY-MM-DD') } : {}),
      },
      {
        onError: (e) => {
          const { fields, unmatched: rest } = fieldErrorsOf(e, OVERRIDE_FIELDS);
          form.setFields(fields.map((f) => ({ name: f.name as keyof OverrideValues, errors: f.errors })));
          if (rest || fields.length === 0) setUnmatched(e);
        },
      },
    );
  };

  return (
    <Card size="small" title={t('classificationTab.overrideTitle')} data-testid="override-form">
      {current && (
        <Alert
          type={current.expired ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(current.expired ? 'classificationTab.overrideExpired' : 'classificationTab.overrideActive', {
            by: current.setBy ?? t('common.noValue'),
            until: current.expiresOn ? fmt.date(current.expiresOn) : t('classificationTab.noExpiry'),
          })}
          description={current.reason}
          action={
            <Popconfirm
              title={t('classificationTab.clearConfirm')}
              okText={t('classificationTab.clear')}
              cancelText={t('common.cancel')}
              onConfirm={() => clear.mutate(undefined, { onError: (e) => setUnmatched(e) })}
            >
              <Button size="small" danger loading={clear.isPending}>
                {t('classificationTab.clear')}
              </Button>
            </Popconfirm>
          }
        />
      )}
      <Form<OverrideValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          category: current?.category ?? explanation.category,
          reason: current?.reason ?? '',
          expiresOn: current?.expiresOn ? dayjs(current.expiresOn) : null,
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="category" label={t('classificationTab.category')} rules={[{ required: true, message: t('policy.required') }]} style={{ minWidth: 180 }}>
            <Select options={CATEGORY_ORDER.map((c) => ({ value: c, label: <CategoryLabel category={c} /> }))} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('classificationTab.expiresOn')} extra={t('classificationTab.expiresOnHelp')}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="reason"
          label={t('classificationTab.reason')}
          rules={[{ required: true, whitespace: true, message: t('classificationTab.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
        {unmatched !== null && <ProblemAlert error={unmatched} />}
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          {current ? t('classificationTab.updateOverride') : t('classificationTab.setOverride')}
        </Button>
      </Form>
    </Card>
  );
}

/** The account page's 客户分类 tab: why the account is in its category, and (MANAGER/ADMIN) a manual override. */
export function ClassificationTab({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const user = useCurrentUser();
  const q = useExplanation(accountId);
  return (
    <QueryBoundary query={q}>
      {(e) => {
        const canOverride = hasRole(user, 'MANAGER', 'ADMIN');
        const raw = (name: string, v: number) => {
          const f = factorFormat(name);
          if (f === 'money') return fmt.money(v);
          if (f === 'ratio') return new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);
          return String(v);
        };
        const pctText = (v: number | undefined) => (v === undefined ? t('common.noValue') : `${Math.round(v * 1000) / 10}%`);

        return (
          <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="classification-tab">
            <Flex gap={12} align="center" wrap>
              <CategoryLabel category={e.category} />
              <Tag color={e.source === 'OVERRIDE' ? 'purple' : 'default'}>{label('classificationSource', e.source)}</Tag>
              {e.score !== undefined && (
                <Typography.Text>
                  {t('classificationTab.scoreIs', { score: percent(e.score, 1), threshold: e.keyThreshold == null ? t('common.noValue') : percent(e.keyThreshold, 2) })}
                </Typography.Text>
              )}
              {e.source === 'OVERRIDE' && e.policyCategory && (
                <Typography.Text type="secondary">
                  {t('classificationTab.policySays')} <CategoryLabel category={e.policyCategory} />
                </Typography.Text>
              )}
            </Flex>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'rule', label: t('classificationTab.rule'), children: <ReasonList reasons={e.why} testId="classification-rule" /> },
                { key: 'change', label: t('classificationTab.whatWouldChange'), children: <ReasonList reasons={e.whatWouldChange} /> },
                ...(e.keyRank !== undefined
                  ? [{ key: 'rank', label: t('classificationTab.keyRank'), children: t('classificationTab.rankOf', { rank: e.keyRank, cap: e.keyCap ?? '—' }) }]
                  : []),
                ...(e.policyVersion !== undefined ? [{ key: 'policy', label: t('policy.version'), children: `v${e.policyVersion}` }] : []),
                ...(e.asOf ? [{ key: 'asOf', label: t('classification.asOf'), children: fmt.date(e.asOf) }] : []),
                ...(e.lostSince ? [{ key: 'lost', label: t('classificationTab.lostSince'), children: fmt.month(e.lostSince) }] : []),
              ]}
            />
            <Card size="small" title={t('classificationTab.factors')}>
              {e.factors.length === 0 ? (
                <Empty description={t('classificationTab.noFactors')} />
              ) : (
                <Table
                  size="small"
                  rowKey="name"
                  pagination={false}
                  dataSource={e.factors}
                  columns={[
                    { key: 'name', title: t('classificationTab.factorName'), render: (_: unknown, f) => t(`classificationTab.factor.${f.name}`, { defaultValue: f.name }) },
                    { key: 'raw', title: t('classificationTab.raw'), align: 'right', render: (_: unknown, f) => raw(f.name, f.raw) },
                    {
                      key: 'pct',
                      title: t('classificationTab.percentile'),
                      width: 220,
                      render: (_: unknown, f) =>
                        f.percentile === undefined ? (
                          t('common.noValue')
                        ) : (
                          <Progress
                            percent={Math.round(f.percentile * 1000) / 10}
                            size="small"
                            aria-label={`${t(`classificationTab.factor.${f.name}`, { defaultValue: f.name })} ${pctText(f.percentile)}`}
                          />
                        ),
                    },
                    { key: 'weight', title: t('classificationTab.weight'), align: 'right', render: (_: unknown, f) => pctText(f.weight) },
                    {
                      key: 'contribution',
                      title: t('classificationTab.contribution'),
                      align: 'right',
                      render: (_: unknown, f) => (f.contribution === undefined ? t('common.noValue') : f.contribution.toFixed(3)),
                    },
                  ]}
                  summary={() =>
                    e.score === undefined ? null : (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0} colSpan={4}>
                          <strong>{t('classificationTab.score')}</strong>
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={4} align="right">
                          <strong>{e.score.toFixed(3)}</strong>
                        </Table.Summary.Cell>
                      </Table.Summary.Row>
                    )
                  }
                />
              )}
            </Card>
            <Card size="small" title={t('classificationTab.history')}>
              <Table
                size="small"
                rowKey="runId"
                dataSource={e.history}
                pagination={e.history.length > 12 ? { pageSize: 12, size: 'small' } : false}
                locale={{ emptyText: t('classificationTab.noHistory') }}
                columns={[
                  { key: 'asOf', title: t('classification.asOf'), render: (_: unknown, h) => fmt.date(h.asOf) },
                  { key: 'cat', title: t('classificationTab.category'), render: (_: unknown, h) => <CategoryLabel category={h.category} /> },
                  { key: 'source', title: t('classificationTab.source'), render: (_: unknown, h) => label('classificationSource', h.source) },
                  { key: 'score', title: t('classificationTab.score'), align: 'right', render: (_: unknown, h) => (h.score === undefined ? t('common.noValue') : h.score.toFixed(3)) },
                  { key: 'v', title: t('policy.version'), render: (_: unknown, h) => `v${h.policyVersion}` },
                ]}
              />
            </Card>
            {canOverride && <OverrideForm key={`${e.override?.version ?? 'none'}`} accountId={accountId} explanation={e} />}
          </Space>
        );
      }}
    </QueryBoundary>
  );
}

export default ClassificationTab;

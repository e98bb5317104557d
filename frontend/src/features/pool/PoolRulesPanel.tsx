import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import { hasRole, useCurrentUser } from '../../lib/session';
import { type PoolRule, type PoolRuleInput, usePoolRules, useSaveRule } from './api';

const DAY_FIELDS = ['targetDays', 'normalDays', 'lostDays'] as const;

/** The 回收规则: the company default (admins edit it) and each team's own (its manager edits it). */
export function PoolRulesPanel() {
  const { t } = useTranslation();
  const rules = usePoolRules();
  return (
    <QueryBoundary query={rules}>
      {(list) => (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('pool.rules.intro')}
          </Typography.Paragraph>
          {list.map((r) => (
            <RuleCard key={r.teamId ?? 'default'} rule={r} />
          ))}
        </Flex>
      )}
    </QueryBoundary>
  );
}

function RuleCard({ rule }: { rule: PoolRule }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const save = useSaveRule();
  const [form] = Form.useForm<PoolRuleInput>();
  const [failure, setFailure] = useState<unknown>(null);
  const canEdit = hasRole(user, 'ADMIN') || (rule.teamId != null && hasRole(user, 'MANAGER') && user?.teamId === rule.teamId);
  const title = rule.teamId == null ? t('pool.rules.default') : rule.teamName;

  const onFinish = (values: PoolRuleInput) => {
    setFailure(null);
    save.mutate(
      { rule, input: values },
      { onSuccess: () => void message.success(t('pool.rules.saved')), onError: (e) => setFailure(e) },
    );
  };
  return (
    <Card
      size="small"
      title={title}
      extra={rule.teamId != null && !rule.own ? <Typography.Text type="secondary">{t('pool.rules.inherited')}</Typography.Text> : null}
      data-testid={`pool-rule-${rule.teamId ?? 'default'}`}
    >
      <Form
        form={form}
        layout="inline"
        disabled={!canEdit}
        initialValues={{
          targetDays: rule.targetDays,
          normalDays: rule.normalDays,
          lostDays: rule.lostDays,
          claimLimit: rule.claimLimit,
        }}
        onFinish={onFinish}
        style={{ rowGap: 8 }}
      >
        {DAY_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(`pool.rules.${f}`)}>
            <InputNumber min={1} max={3650} placeholder={t('pool.rules.never')} addonAfter={t('pool.rules.days')} style={{ width: 150 }} />
          </Form.Item>
        ))}
        <Form.Item name="claimLimit" label={t('pool.rules.claimLimit')} rules={[{ required: true, message: t('pool.rules.claimLimitRequired') }]}>
          <InputNumber min={0} max={10000} style={{ width: 100 }} />
        </Form.Item>
        {canEdit && (
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form.Item>
        )}
      </Form>
      <Typography.Text type="secondary">{t('pool.rules.keyNever')}</Typography.Text>
      {failure !== null && <ProblemAlert error={failure} />}
    </Card>
  );
}

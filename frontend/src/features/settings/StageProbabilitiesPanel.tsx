import { App, Button, Form, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { type StageProbability, useSaveStageProbabilities, useStageProbabilities } from './tokensApi';
import { QueryBoundary } from '../../components/QueryBoundary';

type Values = { p: Record<string, number | null> };

/** ADMIN: win probability per pipeline stage (weights the forecast). */
export function StageProbabilitiesPanel() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const probs = useStageProbabilities();
  const save = useSaveStageProbabilities();
  const [form] = Form.useForm<Values>();
  return (
    <QueryBoundary query={probs}>
      {(data) => {
        const { rows, etag } = data;
        const initial: Values = { p: Object.fromEntries(rows.map((r) => [r.stage, r.probability])) };

        return (
          <Form<Values>
            form={form}
            initialValues={initial}
            onFinish={(v) =>
              save.mutate(
                { rows: rows.map((r) => ({ stage: r.stage, probability: v.p[r.stage] ?? 0 })), etag },
                { onSuccess: () => void message.success(t('stageProbabilities.saved')) },
              )
            }
          >
            <Typography.Paragraph type="secondary">{t('stageProbabilities.intro')}</Typography.Paragraph>
            {save.error !== null && <ProblemAlert error={save.error} />}
            <Table<StageProbability>
              aria-label={t('stageProbabilities.title')}
              rowKey="stage"
              size="small"
              pagination={false}
              dataSource={rows}
              style={{ maxWidth: 480, marginBottom: 12 }}
              columns={[
                { key: 'stage', title: t('stageProbabilities.stage'), render: (_: unknown, r) => label('stage', r.stage) },
                {
                  key: 'p',
                  title: t('stageProbabilities.probability'),
                  render: (_: unknown, r) => (
                    <Form.Item name={['p', r.stage]} noStyle rules={[{ required: true }]}>
                      <InputNumber min={0} max={100} step={5} precision={2} suffix="%" aria-label={label('stage', r.stage)} />
                    </Form.Item>
                  ),
                },
              ]}
            />
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form>
        );
      }}
    </QueryBoundary>
  );
}

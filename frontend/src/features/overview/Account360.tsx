import { Card, Col, Descriptions, Empty, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CategoryLabel } from '../../components/CategoryLabel';
import { CodeTag } from '../../components/CodeTag';
import { ItemList } from '../../components/ItemList';
import { ReasonList } from '../../components/ReasonList';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountOverview, pipelineSummary, useAccountOverview } from './api';
import { QueryBoundary } from '../../components/QueryBoundary';

type Activity = AccountOverview['lastActivities'][number];
type Gap = AccountOverview['decisionMap']['topGaps'][number];
const SEV = { HIGH: 'red', MEDIUM: 'gold', LOW: 'grey' } as const;

/** Account 360 (GET /accounts/{id}/overview): category, plan, map, pipeline, activities, commitments, competitors. */
export default function Account360({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const overview = useAccountOverview(accountId);
  return (
    <QueryBoundary query={overview}>
      {(o) => {
        const pipe = pipelineSummary(o.openPipeline);
        const tabLink = (tab: string, text: string) => <Link to={`/accounts/${accountId}?tab=${tab}`}>{text}</Link>;
        const activities = (items: readonly Activity[], empty: string) =>
          items.length === 0 ? (
            <Typography.Text type="secondary">{empty}</Typography.Text>
          ) : (
            <ItemList
              size="small"
              dataSource={[...items]}
              renderItem={(a, i: number) => (
                <ItemList.Item key={i}>
                  <Space wrap>
                    <Tag>{label('activityKind', a.kind)}</Tag>
                    <span>{fmt.date(a.occurredOn)}</span>
                    <span>{a.purpose}</span>
                  </Space>
                </ItemList.Item>
              )}
            />
          );

        return (
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.classification')} extra={tabLink('classification', t('overview360.more'))}>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'cat', label: t('accounts.columns.category'), children: <CategoryLabel category={o.classification.category} /> },
                    { key: 'src', label: t('overview360.source'), children: label('classificationSource', o.classification.source) },
                    { key: 'rule', label: t('overview360.rule'), children: <ReasonList reasons={o.classification.why} /> },
                    { key: 'change', label: t('overview360.whatWouldChange'), children: <ReasonList reasons={o.classification.whatWouldChange} /> },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.plan')} extra={tabLink('plan', t('overview360.more'))}>
                {o.plan.status === 'NONE' ? (
                  <Typography.Text type="secondary">{t('overview360.noPlan')}</Typography.Text>
                ) : (
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      { key: 'period', label: t('overview360.period'), children: `${fmt.date(o.plan.periodStart)} – ${fmt.date(o.plan.periodEnd)}` },
                      {
                        key: 'overdue',
                        label: t('overview360.overdueActions'),
                        children: o.plan.overdueActions > 0 ? <CodeTag palette="red">{o.plan.overdueActions}</CodeTag> : 0,
                      },
                    ]}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.decisionMap')} extra={tabLink('decisionMap', t('overview360.more'))}>
                <Space align="start" size={16}>
                  <Progress
                    type="dashboard"
                    size={90}
                    percent={Math.max(0, Math.min(100, o.decisionMap.score))}
                    format={(p) => `${p ?? 0}`}
                    aria-label={t('decisionMap.score')}
                  />
                  {o.decisionMap.topGaps.length === 0 ? (
                    <Typography.Text type="secondary">{t('decisionMap.noGaps')}</Typography.Text>
                  ) : (
                    <ItemList
                      size="small"
                      dataSource={[...o.decisionMap.topGaps]}
                      renderItem={(g: Gap, i: number) => (
                        <ItemList.Item key={i}>
                          <Space wrap>
                            <CodeTag palette={SEV[g.severity]} code={g.severity}>
                              {label('severity', g.severity)}
                            </CodeTag>
                            {label('gapRule', g.code)}
                          </Space>
                        </ItemList.Item>
                      )}
                    />
                  )}
                </Space>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.openPipeline')} extra={tabLink('opportunities', t('overview360.more'))}>
                {pipe.rows.length === 0 ? (
                  <Empty description={t('overview360.noPipeline')} />
                ) : (
                  <Table
                    size="small"
                    rowKey="stage"
                    pagination={false}
                    aria-label={t('overview360.openPipeline')}
                    dataSource={pipe.rows}
                    columns={[
                      { key: 'stage', title: t('overview360.stage'), render: (_: unknown, r) => label('stage', r.stage) },
                      { key: 'count', title: t('overview360.count'), dataIndex: 'count', align: 'right' },
                      { key: 'amount', title: t('overview360.amount'), align: 'right', render: (_: unknown, r) => fmt.money(r.amount) },
                    ]}
                    summary={() => (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0}>{t('overview360.total')}</Table.Summary.Cell>
                        <Table.Summary.Cell index={1} align="right">
                          {pipe.count}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={2} align="right">
                          {fmt.money(pipe.amount)}
                        </Table.Summary.Cell>
                      </Table.Summary.Row>
                    )}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.activities')} extra={tabLink('activities', t('overview360.more'))}>
                <Typography.Text strong>{t('overview360.last')}</Typography.Text>
                {activities(o.lastActivities, t('overview360.noActivities'))}
                <Typography.Text strong>{t('overview360.next')}</Typography.Text>
                {activities(o.nextActivities, t('overview360.noPlanned'))}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('overview360.overdueCommitments')}>
                {o.overdueCommitments.length === 0 ? (
                  <Typography.Text type="secondary">{t('overview360.noOverdue')}</Typography.Text>
                ) : (
                  <ItemList
                    size="small"
                    dataSource={[...o.overdueCommitments]}
                    renderItem={(c, i: number) => (
                      <ItemList.Item key={i}>
                        <Space wrap>
                          <Tag>{label('commitmentSide', c.side)}</Tag>
                          <span>{c.description}</span>
                          <CodeTag palette="red">{t('overview360.dueOn', { date: fmt.date(c.dueOn) })}</CodeTag>
                        </Space>
                      </ItemList.Item>
                    )}
                  />
                )}
                <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
                  {t('overview360.competitors')}
                </Typography.Text>
                {o.competitors.length === 0 ? (
                  <Typography.Text type="secondary">{t('overview360.noCompetitors')}</Typography.Text>
                ) : (
                  <Space wrap style={{ marginTop: 4 }}>
                    {o.competitors.map((c) => (
                      <Tag key={c.id}>
                        {c.competitorName} · {c.product}
                      </Tag>
                    ))}
                  </Space>
                )}
              </Card>
            </Col>
          </Row>
        );
      }}
    </QueryBoundary>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Flex, List, Row, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { LogVisitDrawer } from '../../components/visit/LogVisitDrawer';
import { closeOverdue, daysInStage } from './api';
import { StagePath } from './StagePath';
import { useDeal, useDealActivities, useDealCompetitors, useStageHistory } from './dealApi';
import { BuyingCentre } from './BuyingCentre';
import { QueryBoundary } from '../../components/QueryBoundary';

/** 商机详情: the stage path with the allowed moves, history, buying centre, competitors, project information, activities. */
export default function DealPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const deal = useDeal(valid ? id : 0);
  const user = useCurrentUser();
  const canEdit = !hasRole(user, 'READONLY');
  const [logging, setLogging] = useState(false);

  if (!valid || (deal.error instanceof ProblemError && deal.error.status === 404)) {
    return (
      <section aria-labelledby="page-title">
        <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
          {t('repDay.deal.notFound')}
        </Typography.Title>
        <Link to="/pipeline">{t('nav.pipeline')}</Link>
      </section>
    );
  }
  return (
    <QueryBoundary query={deal}>
      {(d) => {
        const days = daysInStage(d);
        const p = d.project;

        return (
          <section aria-labelledby="page-title">
            <Breadcrumb
              style={{ marginBottom: 8 }}
              items={[
                { title: <Link to="/pipeline">{t('nav.pipeline')}</Link> },
                { title: <Link to={`/accounts/${d.accountId}?tab=opportunities`}>{d.accountName}</Link> },
                { title: d.name },
              ]}
            />
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
                <Typography.Title level={2} id="page-title" style={{ margin: 0, wordBreak: 'break-word' }}>
                  {d.name}
                </Typography.Title>
                <Tag color={d.stage === 'LOST' ? 'red' : 'blue'}>{label('stage', d.stage)}</Tag>
              </Flex>
              {canEdit && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
                  {t('repDay.visit.title')}
                </Button>
              )}
            </Flex>
            <Descriptions
              size="small"
              style={{ marginTop: 12 }}
              column={{ xs: 1, sm: 2, lg: 4 }}
              items={[
                { key: 'amount', label: t('opportunities.amount'), children: fmt.money(d.amount) },
                { key: 'owner', label: t('opportunities.owner'), children: d.ownerName ?? t('common.noValue') },
                {
                  key: 'close',
                  label: t('opportunities.expectedCloseDate'),
                  children: closeOverdue(d, new Date().toISOString().slice(0, 10)) ? <Tag color="red">{t('repDay.kanban.closeOverdue', { date: fmt.date(d.expectedCloseDate) })}</Tag> : fmt.date(d.expectedCloseDate),
                },
                { key: 'days', label: t('pipeline.daysInStage'), children: days ?? t('common.noValue') },
              ]}
            />
            <Flex vertical gap={16} style={{ marginTop: 12 }}>
              <StagePath deal={d} canMove={canEdit} />
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={14}>
                  <Card size="small" title={t('repDay.deal.buyingCentre')}>
                    <BuyingCentre dealId={d.id} accountId={d.accountId} canEdit={canEdit} />
                  </Card>
                </Col>
                <Col xs={24} lg={10}>
                  <Card size="small" title={t('repDay.deal.project')}>
                    <Descriptions
                      size="small"
                      column={1}
                      items={[
                        { key: 'plan', label: t('repDay.deal.procurementPlan'), children: p.procurementPlan ?? t('common.noValue') },
                        { key: 'problem', label: t('repDay.deal.problemToSolve'), children: p.problemToSolve ?? t('common.noValue') },
                        { key: 'budget', label: t('repDay.deal.budget'), children: p.budget === undefined ? t('common.noValue') : `${fmt.money(p.budget)}${p.budgetConfirmed ? ` · ${t('repDay.deal.budgetConfirmed')}` : ''}` },
                        { key: 'process', label: t('repDay.deal.procurementProcess'), children: p.procurementProcess ?? t('common.noValue') },
                        { key: 'timeline', label: t('repDay.deal.procurementTimeline'), children: p.procurementTimeline ?? t('common.noValue') },
                        { key: 'funding', label: t('repDay.deal.fundingSource'), children: p.fundingSource ?? t('common.noValue') },
                        { key: 'decision', label: t('repDay.deal.decisionDate'), children: fmt.date(p.decisionDate) },
                      ]}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <DealActivities accountId={d.accountId} dealId={d.id} />
                </Col>
                <Col xs={24} lg={6}>
                  <StageHistory dealId={d.id} />
                </Col>
                <Col xs={24} lg={6}>
                  <Competitors dealId={d.id} />
                </Col>
              </Row>
            </Flex>
            <LogVisitDrawer
              accountId={d.accountId}
              open={logging}
              preset={{ opportunityId: d.id }}
              onClose={() => setLogging(false)}
              onLogged={() => void message.success(t('repDay.visit.logged'))}
            />
          </section>
        );
      }}
    </QueryBoundary>
  );
}

function DealActivities({ accountId, dealId }: { accountId: number; dealId: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const activities = useDealActivities(accountId, dealId);
  return (
    <Card size="small" title={t('activities.title')}>
      <QueryBoundary query={activities} empty={{ when: (page) => page.items.length === 0, text: t('activities.empty') }}>
        {(page) => (
        <List
          size="small"
          dataSource={page.items}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <div>
                <Typography.Text type="secondary">{fmt.date(a.occurredOn)}</Typography.Text> <Tag>{label('activityKind', a.kind)}</Tag>
                <strong>{a.purpose}</strong>
                {a.outcome && <div>{a.outcome}</div>}
                {a.commitments.map((c) => (
                  <div key={c.id}>
                    {label('commitmentSide', c.side)}: {c.description}
                    {c.dueOn && ` · ${fmt.date(c.dueOn)}`}
                  </div>
                ))}
              </div>
            </List.Item>
          )}
        />
        )}
      </QueryBoundary>
    </Card>
  );
}

function StageHistory({ dealId }: { dealId: number }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const history = useStageHistory(dealId);
  const when = (at: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(at));
  return (
    <Card size="small" title={t('repDay.deal.history')}>
      <QueryBoundary query={history}>
        {(changes) => (
        <Timeline
          items={[...changes].reverse().map((h) => ({
            key: h.id,
            content: (
              <div>
                <Typography.Text type="secondary">{when(h.at)}</Typography.Text>
                <div>{h.from ? `${label('stage', h.from)} → ${label('stage', h.to)}` : label('stage', h.to)}</div>
                {h.reason && <Typography.Text type="secondary">{h.reason}</Typography.Text>}
              </div>
            ),
          }))}
        />
        )}
      </QueryBoundary>
    </Card>
  );
}

function Competitors({ dealId }: { dealId: number }) {
  const { t } = useTranslation();
  const competitors = useDealCompetitors(dealId);
  return (
    <Card size="small" title={t('repDay.deal.competitors')}>
      <QueryBoundary query={competitors} empty={{ when: (list) => list.length === 0, text: t('repDay.deal.noCompetitors') }}>
        {(list) => (
        <List
          size="small"
          dataSource={list}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <div>
                <strong>{c.competitorName}</strong>
                {c.tookDeal && <Tag color="red" style={{ marginInlineStart: 8 }}>{t('repDay.deal.tookDeal')}</Tag>}
                {c.notes && <div>{c.notes}</div>}
              </div>
            </List.Item>
          )}
        />
        )}
      </QueryBoundary>
    </Card>
  );
}

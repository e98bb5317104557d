import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Grid, Progress, Row, Segmented, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CodeTag } from '../../components/CodeTag';
import { ItemList } from '../../components/ItemList';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { type DecisionMapGap, type Layer, useDecisionMap, useDecisionMapAsOf } from './api';
import { MapChanges } from './MapChanges';
import { ContactLoadState, ContactMapDrawer } from './ContactMapDrawer';
import DecisionMapGraph from './DecisionMapGraph';
import { focusNode } from './mapStyle';
import { LayerList } from './LayerList';
import { LogVisitDrawer } from '../../components/visit/LogVisitDrawer';
import { contactNodeId, gapKey, SEVERITY_PALETTE, sortGaps, toGraph } from './gaps';
import { QueryBoundary } from '../../components/QueryBoundary';

export function scoreColor(score: number): string {
  return score >= 70 ? '#389e0d' : score >= 40 ? '#d48806' : '#cf1322';
}

export function ScoreGauge({ score, size = 120 }: { score: number; size?: number }) {
  const { t } = useTranslation();
  const s = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={s} aria-label={t('decisionMap.score')}>
      <Progress type="dashboard" percent={s} size={size} strokeColor={scoreColor(s)} format={(p) => `${p ?? 0}`} aria-label={`score ${s} / 100`} />
    </div>
  );
}

export function GapList({
  gaps,
  onPick,
  names,
  onLogVisit,
}: {
  gaps: readonly DecisionMapGap[];
  onPick?: (contactId: number) => void;
  /** Contact names by id, so a gap about one person names them. */
  names?: ReadonlyMap<number, string>;
  /** Offered on a stale key person: the visit that closes the gap. */
  onLogVisit?: (contactId: number) => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (gaps.length === 0) return <Empty description={t('decisionMap.noGaps')} />;
  return (
    <ItemList
      size="small"
      aria-label={t('decisionMap.gaps')}
      dataSource={sortGaps(gaps)}
      renderItem={(g) => {
        const key = gapKey(g.messageKey, g.code);
        return (
          <ItemList.Item key={`${g.code}-${g.contactId ?? g.layer ?? ''}`} data-testid="gap-item">
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <CodeTag palette={SEVERITY_PALETTE[g.severity]} code={g.severity}>
                  {label('severity', g.severity)}
                </CodeTag>
                <Typography.Text strong>{t(`decisionMap.gap.${key}.message`, { defaultValue: label('gapRule', g.code) })}</Typography.Text>
                {g.layer && <Typography.Text type="secondary">{label('layer', g.layer)}</Typography.Text>}
                {g.contactId !== undefined && names?.get(g.contactId) && (
                  <Button type="link" size="small" style={{ padding: 0 }} data-testid="gap-person" onClick={() => focusNode(contactNodeId(g.contactId ?? 0))}>
                    {names.get(g.contactId)}
                  </Button>
                )}
              </Space>
              <Typography.Text>
                {t('decisionMap.suggested')}: {t(`decisionMap.gap.${key}.action`, { defaultValue: g.action })}
              </Typography.Text>
              {g.contactId !== undefined && onPick && (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(g.contactId ?? 0)}>
                  {t('decisionMap.openContact')}
                </Button>
              )}
              {g.code === 'STALE_KEY_CONTACT' && g.contactId !== undefined && onLogVisit && (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onLogVisit(g.contactId ?? 0)} data-testid="gap-log-visit">
                  {t('repDay.visit.title')}
                </Button>
              )}
            </Space>
          </ItemList.Item>
        );
      }}
    />
  );
}

/** The account's decision map (决策地图): four layers, attitudes, lines, score and coded gaps. */
export default function DecisionMapTab({ accountId, canEdit: mayEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const wanted = search.get('asOf');
  const asOf = wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted) ? wanted : undefined;
  const today = useDecisionMap(accountId);
  const past = useDecisionMapAsOf(accountId, asOf);
  const map = asOf ? past : today;
  // the past is read-only: editing happens on today's map
  const canEdit = mayEdit && !asOf;
  const pickDay = (day: string | undefined) => {
    const next = new URLSearchParams(search);
    if (day) next.set('asOf', day);
    else next.delete('asOf');
    setSearch(next, { replace: true });
  };
  const [target, setTarget] = useState<{ contactId: number } | { layer: Layer } | undefined>();
  const [visitWith, setVisitWith] = useState<number[] | undefined>();
  // A phone gets the list by layer; a graph scaled down to 390 px would be unreadable.
  const wide = Grid.useBreakpoint().md ?? true;
  const [chosenView, setView] = useState<'graph' | 'list' | undefined>();
  const view = chosenView ?? (wide ? 'graph' : 'list');

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Typography.Text id="map-as-of-label">{t('decisionMap.asOf.label')}</Typography.Text>
        <DatePicker
          aria-labelledby="map-as-of-label"
          value={asOf ? dayjs(asOf) : null}
          placeholder={t('decisionMap.asOf.today')}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => pickDay(d ? d.format('YYYY-MM-DD') : undefined)}
          data-testid="map-as-of"
        />
        {asOf && <Button onClick={() => pickDay(undefined)}>{t('decisionMap.asOf.backToToday')}</Button>}
      </Flex>
      {asOf && <Alert type="info" showIcon title={t('decisionMap.asOf.banner', { day: asOf })} />}
      {asOf && past.data && today.data && <MapChanges past={past.data} now={today.data} day={asOf} />}
    <QueryBoundary query={map}>
      {(m) => {
        const graph = toGraph(m, t('decisionMap.placeholderName'));
        const pick = (contactId: number) => {
          if (canEdit) setTarget({ contactId });
        };
        const openNode = (id: string) => {
          if (id.startsWith('c')) pick(Number(id.slice(1)));
        };

        return (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Card
                  size="small"
                  title={t('decisionMap.title')}
                  extra={
                    <Space wrap>
                      <Segmented<'graph' | 'list'>
                        aria-label={t('decisionMap.view')}
                        value={view}
                        onChange={setView}
                        options={[
                          { value: 'graph', label: t('decisionMap.viewGraph') },
                          { value: 'list', label: t('decisionMap.viewList') },
                        ]}
                      />
                      {canEdit && (
                        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ layer: 'DECISION' })}>
                          {t('decisionMap.add')}
                        </Button>
                      )}
                    </Space>
                  }
                >
                  {view === 'graph' ? (
                    <DecisionMapGraph people={graph.people} owners={graph.owners} links={graph.links} onNodeClick={openNode} />
                  ) : (
                    <LayerList people={graph.people} owners={graph.owners} links={graph.links} onNodeClick={openNode} />
                  )}
                  {canEdit && m.nodes.length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                      {t('decisionMap.clickHint')}
                    </Typography.Paragraph>
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card size="small" title={t('decisionMap.score')} style={{ height: '100%' }}>
                  <Flex align="center" gap={16}>
                    <ScoreGauge score={m.score} />
                    <Typography.Text type="secondary">{t('decisionMap.scoreHint', { days: m.staleAfterDays })}</Typography.Text>
                  </Flex>
                </Card>
              </Col>
              <Col xs={24} xl={16}>
                <Card size="small" title={t('decisionMap.gaps')}>
                  <GapList
                    gaps={m.gaps}
                    onPick={canEdit ? pick : undefined}
                    names={new Map(m.nodes.map((n) => [n.id, n.name ?? t('decisionMap.placeholderName')]))}
                    onLogVisit={canEdit ? (id) => setVisitWith([id]) : undefined}
                  />
                </Card>
              </Col>
            </Row>
            <ContactLoadState contactId={target && 'contactId' in target ? target.contactId : undefined} />
            <ContactMapDrawer
              accountId={accountId}
              target={target}
              nodes={m.nodes}
              onClose={() => setTarget(undefined)}
              onLogVisit={(id) => {
                setTarget(undefined);
                setVisitWith([id]);
              }}
            />
            <LogVisitDrawer accountId={accountId} open={visitWith !== undefined} preset={{ contactIds: visitWith }} onClose={() => setVisitWith(undefined)} />
          </>
        );
      }}
    </QueryBoundary>
    </Flex>
  );
}

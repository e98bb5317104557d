import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import './decisionMap.css';
import { BAND_GUTTER, layoutMap, type LayoutEdge, type LayoutNode, type MapRow, NODE_HEIGHT, OWNER_ROW, widthForInfluence } from './elkLayout';
import type { GraphAttitude, GraphEdgeKind, GraphLink, GraphOwner, GraphPerson } from './gaps';
import { ATTITUDE_COLORS, EDGE_STYLES, nodeElementId, OWNER_COLORS } from './mapStyle';


export interface DecisionMapGraphProps {
  people: readonly GraphPerson[];
  /** Our relationship owners (reps, managers); drawn in a row under the customer's people. */
  owners?: readonly GraphOwner[];
  links: readonly GraphLink[];
  /** Click, Enter or Space on a person's card. */
  onNodeClick?: (id: string) => void;
}

function useLayout(nodes: LayoutNode[], edges: LayoutEdge[]) {
  const signature = JSON.stringify([nodes, edges]);
  return useQuery({
    queryKey: ['decision-map-layout', signature],
    queryFn: () => layoutMap(nodes, edges),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The row's label in its band, and what people of that layer value (docs/method.md §6). */
function BandLabel({ row }: { row: MapRow }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <div className="dm-band-label" style={{ width: BAND_GUTTER - 16 }}>
      <div className="dm-band-name">{row === OWNER_ROW ? t('charts.decisionMap.owner') : label('layer', row)}</div>
      {row !== OWNER_ROW && <div className="dm-band-value">{t(`decisionMap.layerValue.${row}`)}</div>}
    </div>
  );
}

/** The customer's key persons in their four labelled layers, with reporting, influence and our owners. */
export default function DecisionMapGraph({ people, owners = [], links, onNodeClick }: DecisionMapGraphProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { nodes, edges } = useMemo(
    () => ({
      nodes: [
        ...people.map((p): LayoutNode => ({ id: p.id, row: p.layer, width: widthForInfluence(p.influence) })),
        ...owners.map((o): LayoutNode => ({ id: o.id, row: OWNER_ROW, width: 150 })),
      ],
      edges: links.map((l, i): LayoutEdge => ({ id: `e${i}`, source: l.source, target: l.target })),
    }),
    [people, owners, links],
  );
  const layout = useLayout(nodes, edges);

  if (people.length === 0) return <Typography.Text type="secondary">{t('charts.decisionMap.empty')}</Typography.Text>;
  const map = layout.data;
  return (
    <Flex vertical gap={8}>
      <div className="dm-scroll" role="figure" aria-label={t('charts.decisionMap.label', { count: people.length })} data-testid="decision-map-graph">
        {!map ? (
          <Skeleton active />
        ) : (
          <div className="dm-canvas" style={{ width: map.width, height: map.height }}>
            {map.bands.map((b, i) => (
              <div key={b.row} className={`dm-band ${i % 2 ? 'dm-band-odd' : ''}`} style={{ top: b.y, height: b.height }} data-testid={`band-${b.row}`}>
                <BandLabel row={b.row} />
                {b.empty && (
                  <span className="dm-band-empty" style={{ left: BAND_GUTTER }}>
                    {t('decisionMap.layerEmpty')}
                  </span>
                )}
              </div>
            ))}
            <svg className="dm-lines" width={map.width} height={map.height} aria-hidden>
              <defs>
                {(Object.keys(EDGE_STYLES) as GraphEdgeKind[]).map((k) => (
                  <marker key={k} id={`dm-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLES[k].stroke} />
                  </marker>
                ))}
              </defs>
              {links.map((l, i) => {
                const points = map.edges.get(`e${i}`);
                if (!points || points.length < 2) return null;
                return (
                  <polyline
                    key={`e${i}`}
                    points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                    fill="none"
                    strokeWidth={l.kind === 'REPORTS_TO' ? 2 : 1.5}
                    {...EDGE_STYLES[l.kind]}
                    markerEnd={l.kind === 'RELATIONSHIP_OWNER' ? undefined : `url(#dm-arrow-${l.kind})`}
                  />
                );
              })}
            </svg>
            {people.map((p) => {
              const box = map.nodes.get(p.id);
              if (!box) return null;
              const c = ATTITUDE_COLORS[p.attitude];
              const roles = p.roles.map((r) => label('buyingRole', r)).join(' · ');
              const attitude = t(`charts.decisionMap.attitude.${p.attitude}`);
              return (
                <button
                  key={p.id}
                  id={nodeElementId(p.id)}
                  type="button"
                  className="dm-node"
                  data-testid="map-node"
                  style={{
                    left: box.x,
                    top: box.y,
                    width: box.width,
                    height: NODE_HEIGHT,
                    background: c.background,
                    color: c.color,
                    borderColor: c.border,
                    borderStyle: p.placeholder ? 'dashed' : 'solid',
                  }}
                  title={[p.name, p.title, roles, attitude].filter(Boolean).join(' · ')}
                  onClick={() => onNodeClick?.(p.id)}
                >
                  <span className="dm-node-name">{p.name}</span>
                  {p.title && <span className="dm-node-line">{p.title}</span>}
                  <span className="dm-node-line" data-testid="node-roles">
                    {roles || t('decisionMap.noRoles')}
                  </span>
                  <span className="dm-node-line">{attitude}</span>
                </button>
              );
            })}
            {owners.map((o) => {
              const box = map.nodes.get(o.id);
              if (!box) return null;
              return (
                <div
                  key={o.id}
                  className="dm-node dm-owner"
                  style={{ left: box.x, top: box.y, width: box.width, height: NODE_HEIGHT, ...OWNER_COLORS, borderColor: OWNER_COLORS.border }}
                >
                  <span className="dm-node-name">{o.name}</span>
                  <span className="dm-node-line">{t('charts.decisionMap.owner')}</span>
                </div>
              );
            })}
          </div>
        )}
      </div>
      <Legend />
    </Flex>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={16} className="dm-legend" aria-label={t('charts.decisionMap.legend')}>
      {(Object.keys(ATTITUDE_COLORS) as GraphAttitude[]).map((a) => (
        <span key={a}>
          <span className="dm-swatch" style={{ border: `2px solid ${ATTITUDE_COLORS[a].border}`, background: ATTITUDE_COLORS[a].background }} />
          {t(`charts.decisionMap.attitude.${a}`)}
        </span>
      ))}
      {(Object.keys(EDGE_STYLES) as GraphEdgeKind[]).map((k) => (
        <span key={k}>
          <svg width="24" height="8" aria-hidden>
            <line x1="0" y1="4" x2="24" y2="4" stroke={EDGE_STYLES[k].stroke} strokeDasharray={EDGE_STYLES[k].strokeDasharray} strokeWidth="2" />
          </svg>{' '}
          {t(`charts.decisionMap.edge.${k}`)}
        </span>
      ))}
      <span>
        <span className="dm-swatch" style={{ border: '2px dashed #8c8c8c' }} />
        {t('charts.decisionMap.placeholder')}
      </span>
      <span>{t('charts.decisionMap.sizeHint')}</span>
    </Flex>
  );
}

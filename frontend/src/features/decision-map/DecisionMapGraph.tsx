import {
  Background,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphAttitude, GraphEdgeKind, GraphLink, GraphPerson } from './gaps';
import { LAYERS, layeredLayout, type LayoutNode, OWNER_ROW, widthForInfluence } from './layout';

export type { GraphPerson as MapPerson, GraphLink as MapLink } from './gaps';
type Attitude = GraphAttitude;
type MapEdgeKind = GraphEdgeKind;

export interface MapOwner {
  id: string;
  name: string;
}

export interface DecisionMapGraphProps {
  people: readonly GraphPerson[];
  /** Our relationship owners (reps, managers); drawn in a row under the customer's people. */
  owners?: readonly MapOwner[];
  links: readonly GraphLink[];
  onNodeClick?: (id: string) => void;
  height?: number;
}

/** Champions and supporters in greens, neutral grey, skeptic orange, opponent red. */
export const ATTITUDE_COLORS: Record<Attitude, { background: string; border: string; color: string }> = {
  CHAMPION: { background: '#d9f7be', border: '#237804', color: '#092b00' },
  SUPPORTER: { background: '#f6ffed', border: '#52c41a', color: '#135200' },
  NEUTRAL: { background: '#fafafa', border: '#8c8c8c', color: '#262626' },
  SKEPTIC: { background: '#fff7e6', border: '#d46b08', color: '#612500' },
  OPPONENT: { background: '#fff1f0', border: '#cf1322', color: '#820014' },
  UNKNOWN: { background: '#fff', border: '#d9d9d9', color: '#434343' },
};

const EDGE_STYLES: Record<MapEdgeKind, { stroke: string; strokeDasharray?: string }> = {
  REPORTS_TO: { stroke: '#595959' },
  INFLUENCES: { stroke: '#d46b08', strokeDasharray: '6 4' },
  ALLY: { stroke: '#389e0d', strokeDasharray: '6 4' },
  RIVAL: { stroke: '#cf1322', strokeDasharray: '6 4' },
  RELATIONSHIP_OWNER: { stroke: '#1668dc', strokeDasharray: '2 4' },
};

type PersonData = { label: string; title?: string; attitudeLabel: string; attitude: Attitude | 'OWNER'; width: number; placeholder?: boolean };
type PersonNode = Node<PersonData, 'person'>;

function PersonCard({ data }: NodeProps<PersonNode>) {
  const c = data.attitude === 'OWNER' ? { background: '#e6f4ff', border: '#1668dc', color: '#003eb3' } : ATTITUDE_COLORS[data.attitude];
  return (
    <div
      style={{
        width: data.width,
        padding: '6px 10px',
        borderRadius: 8,
        border: `2px ${data.placeholder ? 'dashed' : 'solid'} ${c.border}`,
        cursor: 'pointer',
        background: c.background,
        color: c.color,
        fontSize: 12,
        lineHeight: 1.4,
      }}
      title={`${data.label} · ${data.attitudeLabel}`}
    >
      <Handle type="target" position={Position.Top} style={{ visibility: 'hidden' }} />
      <div style={{ fontWeight: 600, fontSize: 13 }}>{data.label}</div>
      {data.title && <div>{data.title}</div>}
      <div>{data.attitudeLabel}</div>
      <Handle type="source" position={Position.Bottom} style={{ visibility: 'hidden' }} />
    </div>
  );
}

const NODE_TYPES = { person: PersonCard };
const ROW_HEIGHT = 130;

/** The customer's key persons in their four layers, with reporting, influence and our owners. */
export default function DecisionMapGraph({ people, owners = [], links, onNodeClick, height = 560 }: DecisionMapGraphProps) {
  const { t } = useTranslation();
  const { nodes, edges } = useMemo(() => {
    const layoutNodes: LayoutNode[] = [
      ...people.map((p) => ({ id: p.id, row: p.layer, width: widthForInfluence(p.influence) })),
      ...owners.map((o) => ({ id: o.id, row: OWNER_ROW, width: 140 })),
    ];
    const pos = layeredLayout(layoutNodes, links, { rowHeight: ROW_HEIGHT });
    const nodes: PersonNode[] = [
      ...people.map((p) => ({
        id: p.id,
        type: 'person' as const,
        position: { x: pos.get(p.id)?.x ?? 0, y: pos.get(p.id)?.y ?? 0 },
        data: {
          label: p.name,
          title: p.title,
          attitude: p.attitude,
          attitudeLabel: t(`charts.decisionMap.attitude.${p.attitude}`),
          width: widthForInfluence(p.influence),
          placeholder: p.placeholder,
        },
      })),
      ...owners.map((o) => ({
        id: o.id,
        type: 'person' as const,
        position: { x: pos.get(o.id)?.x ?? 0, y: pos.get(o.id)?.y ?? 0 },
        data: { label: o.name, attitude: 'OWNER' as const, attitudeLabel: t('charts.decisionMap.owner'), width: 140 },
      })),
    ];
    const edges: Edge[] = links.map((l, i) => ({
      id: `${l.kind}-${l.source}-${l.target}-${i}`,
      source: l.source,
      target: l.target,
      style: EDGE_STYLES[l.kind],
      markerEnd: l.kind === 'RELATIONSHIP_OWNER' ? undefined : { type: MarkerType.ArrowClosed, color: EDGE_STYLES[l.kind].stroke },
      ariaLabel: t(`charts.decisionMap.edge.${l.kind}`),
    }));
    return { nodes, edges };
  }, [people, owners, links, t]);

  return (
    <Flex vertical gap={8}>
      <div style={{ height }} role="figure" aria-label={t('charts.decisionMap.label', { count: people.length })}>
        {people.length === 0 ? (
          <Typography.Text type="secondary">{t('charts.decisionMap.empty')}</Typography.Text>
        ) : (
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            fitView
            nodesDraggable={false}
            nodesConnectable={false}
            onNodeClick={(_, node) => onNodeClick?.(node.id)}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        )}
      </div>
      <Flex wrap gap={16} style={{ fontSize: 12 }} aria-label={t('charts.decisionMap.legend')}>
        <span>{LAYERS.map((l) => t(`charts.decisionMap.row.${l}`)).join(' → ')}</span>
        {(Object.keys(ATTITUDE_COLORS) as Attitude[]).map((a) => (
          <span key={a}>
            <span style={{ display: 'inline-block', width: 10, height: 10, marginInlineEnd: 4, border: `2px solid ${ATTITUDE_COLORS[a].border}`, background: ATTITUDE_COLORS[a].background }} />
            {t(`charts.decisionMap.attitude.${a}`)}
          </span>
        ))}
        {(Object.keys(EDGE_STYLES) as MapEdgeKind[]).map((k) => (
          <span key={k}>
            <svg width="24" height="8" aria-hidden>
              <line x1="0" y1="4" x2="24" y2="4" stroke={EDGE_STYLES[k].stroke} strokeDasharray={EDGE_STYLES[k].strokeDasharray} strokeWidth="2" />
            </svg>{' '}
            {t(`charts.decisionMap.edge.${k}`)}
          </span>
        ))}
        <span>
          <span style={{ display: 'inline-block', width: 10, height: 10, marginInlineEnd: 4, border: '2px dashed #8c8c8c' }} />
          {t('charts.decisionMap.placeholder')}
        </span>
        <span>{t('charts.decisionMap.sizeHint')}</span>
      </Flex>
    </Flex>
  );
}

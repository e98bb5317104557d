import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import './decisionMap.css';
import { LAYERS } from './elkLayout';
import type { GraphLink, GraphOwner, GraphPerson } from './gaps';
import { ATTITUDE_COLORS, nodeElementId } from './mapStyle';

/** The map as a list by layer, for a phone: the same people and lines, in words instead of a graph. */
export function LayerList({
  people,
  owners,
  links,
  onNodeClick,
}: {
  people: readonly GraphPerson[];
  owners: readonly GraphOwner[];
  links: readonly GraphLink[];
  onNodeClick?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const names = new Map<string, string>([...people.map((p) => [p.id, p.name] as const), ...owners.map((o) => [o.id, o.name] as const)]);
  const bossOf = (id: string) => links.filter((l) => l.kind === 'REPORTS_TO' && l.source === id).map((l) => names.get(l.target));
  const ownersOf = (id: string) => links.filter((l) => l.kind === 'RELATIONSHIP_OWNER' && l.target === id).map((l) => names.get(l.source));

  return (
    <Flex vertical gap={12} data-testid="decision-map-list">
      {LAYERS.map((layer) => {
        const inLayer = people.filter((p) => p.layer === layer);
        return (
          <section key={layer} aria-labelledby={`dm-layer-${layer}`} data-testid={`band-${layer}`}>
            <Typography.Title level={3} id={`dm-layer-${layer}`} style={{ fontSize: 16, margin: '0 0 4px' }}>
              {label('layer', layer)} <span className="dm-band-value">{t(`decisionMap.layerValue.${layer}`)}</span>
            </Typography.Title>
            {inLayer.length === 0 && <Typography.Text type="secondary">{t('decisionMap.layerEmpty')}</Typography.Text>}
            <Flex vertical gap={8}>
              {inLayer.map((p) => {
                const c = ATTITUDE_COLORS[p.attitude];
                const boss = bossOf(p.id).filter(Boolean).join('、');
                const ours = ownersOf(p.id).filter(Boolean).join('、');
                return (
                  <button
                    key={p.id}
                    id={nodeElementId(p.id)}
                    type="button"
                    className="dm-node"
                    data-testid="map-node"
                    style={{ position: 'static', width: '100%', background: c.background, color: c.color, borderColor: c.border, borderStyle: p.placeholder ? 'dashed' : 'solid' }}
                    onClick={() => onNodeClick?.(p.id)}
                  >
                    <span className="dm-node-name">
                      {p.name}
                      {p.title ? ` · ${p.title}` : ''}
                    </span>
                    <span className="dm-node-line" data-testid="node-roles">
                      {p.roles.map((r) => label('buyingRole', r)).join(' · ') || t('decisionMap.noRoles')}
                    </span>
                    <span className="dm-node-line">
                      {t(`charts.decisionMap.attitude.${p.attitude}`)}
                      {p.influence !== undefined && ` · ${t('decisionMap.influence')} ${p.influence}/5`}
                    </span>
                    {boss && <span className="dm-node-line">{t('decisionMap.reportsToNamed', { name: boss })}</span>}
                    {ours && <span className="dm-node-line">{t('decisionMap.ownersNamed', { names: ours })}</span>}
                  </button>
                );
              })}
            </Flex>
          </section>
        );
      })}
    </Flex>
  );
}

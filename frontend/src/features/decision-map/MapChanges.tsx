import { Card, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enums';
import type { DecisionMap } from './api';
import { compareMaps, type MapChange } from './compare';

/** The past day's map against today's: who came and went, whose attitude, closeness or layer moved. */
export function MapChanges({ past, now, day }: { past: DecisionMap; now: DecisionMap; day: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const c = useMemo(() => compareMaps(past, now, t('decisionMap.placeholderName')), [past, now, t]);
  const value = (change: MapChange & { from: string }, v: string) =>
    change.kind === 'ATTITUDE' ? label('attitude', v) : change.kind === 'LAYER' ? label('layer', v) : v || '—';
  return (
    <Card size="small" title={t('decisionMap.asOf.changes', { day })} data-testid="map-changes">
      {c.changes.length === 0 && c.linksAdded === 0 && c.linksRemoved === 0 ? (
        <Typography.Text type="secondary">{t('decisionMap.asOf.noChanges')}</Typography.Text>
      ) : (
        <>
          <List
            size="small"
            dataSource={c.changes}
            renderItem={(change) => (
              <List.Item>
                {'from' in change
                  ? t(`decisionMap.asOf.kind.${change.kind}`, { name: change.name, from: value(change, change.from), to: value(change, change.to) })
                  : t(`decisionMap.asOf.kind.${change.kind}`, { name: change.name })}
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">{t('decisionMap.asOf.links', { added: c.linksAdded, removed: c.linksRemoved })}</Typography.Text>
        </>
      )}
    </Card>
  );
}

import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useFormatters } from '../../lib/useFormatters';
import { type TargetForecastLine, useTargetForecast } from './api';

type Share = 'attainment' | 'withCommit' | 'withBestCase';

/** 达成 against the period's targets, per owner of the caller's team: where the gap is and what could close it. */
export function TargetForecastTable({ period }: { period: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const q = useTargetForecast(period, true);
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : fmt.money(v, { compact: true }));
  const share = (v: number | null | undefined) =>
    v === null || v === undefined ? (
      <Typography.Text type="secondary">{t('team.noTarget')}</Typography.Text>
    ) : (
      // dark shades of green / gold / red: readable on white (WCAG AA), unlike antd's filled tags
      <Typography.Text strong style={{ color: v >= 100 ? '#237804' : v >= 70 ? '#874d00' : '#a8071a' }}>{`${v.toFixed(1)}%`}</Typography.Text>
    );
  const totals = (l: TargetForecastLine) => [
    money(l.target),
    money(l.closed),
    share(l.attainment),
    share(l.withCommit),
    share(l.withBestCase),
    <span key="gap" data-testid="target-forecast-gap">
      {money(l.gap)}
    </span>,
  ];
  const shareColumn = (key: Share) => ({
    key,
    title: t(`pipeline.targets.${key}`),
    align: 'right' as const,
    render: (_: unknown, l: TargetForecastLine) => share(l[key]),
  });
  return (
    <QueryBoundary query={q}>
      {(f) => (
        <>
          <Typography.Title level={5}>{t('pipeline.targets.title', { period: f.period })}</Typography.Title>
          <Table<TargetForecastLine>
            size="small"
            rowKey={(l) => l.userId ?? 0}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={f.owners}
            data-testid="target-forecast"
            locale={{ emptyText: t('pipeline.targets.none') }}
            columns={[
              { key: 'name', title: t('pipeline.owner'), dataIndex: 'name' },
              { key: 'target', title: t('team.columns.target'), align: 'right', render: (_: unknown, l) => money(l.target) },
              { key: 'closed', title: t('forecast.closed'), align: 'right', render: (_: unknown, l) => money(l.closed) },
              shareColumn('attainment'),
              shareColumn('withCommit'),
              shareColumn('withBestCase'),
              { key: 'gap', title: t('pipeline.targets.gap'), align: 'right', render: (_: unknown, l) => money(l.gap) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('pipeline.total')}</strong>
                </Table.Summary.Cell>
                {totals(f.total).map((cell, i) => (
                  <Table.Summary.Cell key={i} index={i + 1} align="right">
                    {cell}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          />
        </>
      )}
    </QueryBoundary>
  );
}

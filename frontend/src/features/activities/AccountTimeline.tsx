import { Pagination, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { formatDate } from '../../lib/format';
import { type TimelineEntry, useTimeline } from './api';

const COLORS: Record<TimelineEntry['kind'], string> = {
  ACTIVITY: 'blue',
  STAGE_CHANGE: 'purple',
  CLASSIFICATION_CHANGE: 'orange',
  PLAN_CHANGE: 'green',
  POOL_MOVE: 'gray',
};
const PAGE = 20;

function When({ entry }: { entry: TimelineEntry }) {
  const { i18n } = useTranslation();
  // An activity is a calendar day sent as 00:00 UTC: read it in UTC so no time zone moves the day.
  const when =
    entry.kind === 'ACTIVITY'
      ? formatDate(entry.at, i18n.language, 'UTC')
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.at));
  return <Typography.Text type="secondary">{when}</Typography.Text>;
}

function What({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const deal = entry.opportunityId ? <Link to={`/opportunities/${entry.opportunityId}`}>{entry.opportunityName}</Link> : null;
  switch (entry.kind) {
    case 'ACTIVITY':
      return (
        <>
          <div>
            <Tag>{label('activityKind', entry.subtype)}</Tag>
            <strong>{entry.title}</strong>
          </div>
          {entry.detail && <div>{entry.detail}</div>}
          {deal && (
            <div>
              {t('repDay.timeline.deal')}: {deal}
            </div>
          )}
        </>
      );
    case 'STAGE_CHANGE':
      return (
        <>
          <div>
            {deal}{' '}
            {entry.from
              ? t('repDay.timeline.stageMoved', { from: label('stage', entry.from), to: label('stage', entry.to) })
              : t('repDay.timeline.dealCreated', { to: label('stage', entry.to) })}
          </div>
          {entry.detail && <div>{t('repDay.timeline.reason', { reason: entry.detail })}</div>}
        </>
      );
    case 'CLASSIFICATION_CHANGE':
      return <div>{t('repDay.timeline.categoryChanged', { from: label('category', entry.from), to: label('category', entry.to) })}</div>;
    case 'PLAN_CHANGE':
      return <div>{t('repDay.timeline.planChanged', { what: t(`repDay.timeline.planPart.${entry.subtype ?? 'ACCOUNT_PLAN'}`), how: label('auditAction', entry.detail) })}</div>;
    case 'POOL_MOVE':
      return (
        <>
          <div>{t(`repDay.timeline.poolMove.${entry.subtype ?? 'RETURN'}`, { name: entry.title ?? '' })}</div>
          {entry.detail && <div>{t('repDay.timeline.reason', { reason: entry.detail })}</div>}
        </>
      );
  }
}

/** The account's timeline: visits, deal stage changes, category changes and plan changes, newest first. */
export function AccountTimeline({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const timeline = useTimeline(accountId, page, PAGE);
  if (timeline.isError && !timeline.data) return <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const items = timeline.data?.items ?? [];
  if (timeline.isPending) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  if (items.length === 0) return <Typography.Text type="secondary">{t('activities.empty')}</Typography.Text>;
  return (
    <>
      <Timeline
        data-testid="account-timeline"
        items={items.map((e) => ({
          key: `${e.kind}-${e.sourceId}`,
          color: COLORS[e.kind],
          content: (
            <div data-kind={e.kind}>
              <When entry={e} /> · <Typography.Text type="secondary">{t(`repDay.timeline.kind.${e.kind}`)}</Typography.Text>
              {e.actor && <Typography.Text type="secondary"> · {e.actor}</Typography.Text>}
              <What entry={e} />
            </div>
          ),
        }))}
      />
      {(timeline.data?.total ?? 0) > PAGE && (
        <Pagination
          simple
          current={page + 1}
          pageSize={PAGE}
          total={timeline.data?.total ?? 0}
          onChange={(p) => setPage(p - 1)}
          showSizeChanger={false}
          aria-label={t('repDay.timeline.pages')}
        />
      )}
    </>
  );
}

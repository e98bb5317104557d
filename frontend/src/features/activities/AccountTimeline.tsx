import { Pagination, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryBoundary } from '../../components/QueryBoundary';
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

type TimelineSlice = NonNullable<ReturnType<typeof useTimeline>['data']>;

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
  return (
    <QueryBoundary query={timeline} empty={{ when: (slice) => slice.items.length === 0, text: t('activities.empty') }}>
      {(slice) => <TimelinePage slice={slice} page={page} onPage={setPage} />}
    </QueryBoundary>
  );
}

function TimelinePage({ slice, page, onPage }: { slice: TimelineSlice; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const items = slice.items;
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
      {slice.total > PAGE && (
        <Pagination
          simple
          current={page + 1}
          pageSize={PAGE}
          total={slice.total}
          onChange={(p) => onPage(p - 1)}
          showSizeChanger={false}
          aria-label={t('repDay.timeline.pages')}
        />
      )}
    </>
  );
}

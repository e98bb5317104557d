import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface QueryBoundaryProps<T> {
  query: UseQueryResult<T>;
  /** Drawn while the first answer is on its way; a skeleton announced as "loading" by default. */
  loading?: ReactNode;
  /** When the answer holds nothing to show: the empty state's text instead of the children. */
  empty?: { when: (data: T) => boolean; text: ReactNode | ((data: T) => ReactNode) };
  children: (data: T) => ReactNode;
}

/**
 * The three states every server read has before its content: loading, a problem (with retry), empty.
 * A failed refetch keeps showing the problem rather than stale data, as a failed first load does.
 */
export function QueryBoundary<T>({ query, loading, empty, children }: QueryBoundaryProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <>
        {loading ?? (
          // antd's Skeleton drops aria attributes: the status role around it tells a screen reader.
          <div role="status" aria-label={t('common.loading')}>
            <Skeleton active />
          </div>
        )}
      </>
    );
  }
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (empty?.when(query.data)) return <Empty description={typeof empty.text === 'function' ? empty.text(query.data) : empty.text} />;
  return <>{children(query.data)}</>;
}

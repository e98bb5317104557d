import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { estimatedPercent, useElapsed } from '../lib/progress';

interface LongRunProgressProps {
  /** What is happening ("Classifying accounts…"). */
  label: string;
  /** How long the last comparable run took, for the estimate; unknown → an easing estimate. */
  expectedMs?: number;
  /** A measured percentage (e.g. upload), shown instead of the estimate while known. */
  percent?: number;
  testId?: string;
}

/** A moving bar and the elapsed seconds for a request the server answers only at the end. */
export function LongRunProgress({ label, expectedMs, percent, testId }: LongRunProgressProps) {
  const { t } = useTranslation();
  const elapsed = useElapsed(true);
  const shown = percent ?? estimatedPercent(elapsed, expectedMs);
  return (
    <Flex vertical gap={4} role="status" aria-live="polite" data-testid={testId}>
      <Typography.Text>
        {label} <Typography.Text type="secondary">{t('progress.elapsed', { seconds: Math.floor(elapsed / 1000) })}</Typography.Text>
      </Typography.Text>
      <Progress percent={shown} status="active" showInfo={percent !== undefined} aria-label={label} />
    </Flex>
  );
}

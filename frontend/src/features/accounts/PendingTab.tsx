import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A labelled slot for an aspect of the account whose API has not landed yet. It shows no
 * data on purpose; the wiring replaces it with the real tab.
 */
export function PendingTab({ apiKey }: { apiKey: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="pending-tab">
      <Empty
        style={{ padding: '32px 0' }}
        description={
          <>
            <Typography.Text strong>{t('comingSoon.title')}</Typography.Text>
            <br />
            <Typography.Text>{t(apiKey)}</Typography.Text>
          </>
        }
      />
    </div>
  );
}

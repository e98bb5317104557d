import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ComingSoonProps {
  /** i18n key of the page title, e.g. `nav.pipeline`. */
  titleKey: string;
  /** i18n key naming the API this page waits for, e.g. `comingSoon.pipelineApi`. */
  apiKey: string;
}

/** An honest placeholder for a screen whose API does not exist yet. */
export function ComingSoon({ titleKey, apiKey }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t(titleKey)}
      </Typography.Title>
      <Empty
        style={{ padding: '48px 0' }}
        description={
          <>
            <Typography.Text strong>{t('comingSoon.title')}</Typography.Text>
            <br />
            <Typography.Text>{t('comingSoon.description', { api: t(apiKey) })}</Typography.Text>
          </>
        }
      />
    </section>
  );
}

import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TokensPanel } from './TokensPanel';

/** Every user's own API tokens, reached from the user menu (ADMIN also finds them in settings). */
export default function MyTokensPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('session.myTokens')}
      </Typography.Title>
      <TokensPanel />
    </section>
  );
}

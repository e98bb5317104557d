import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { StageProbabilitiesPanel } from './StageProbabilitiesPanel';
import { TeamsPanel } from './TeamsPanel';
import { TokensPanel } from './TokensPanel';
import { UsersPanel } from './UsersPanel';
import { WebhooksPanel } from './WebhooksPanel';

/** ADMIN settings: users and roles, teams, API tokens, stage probabilities, webhooks. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const wanted = search.get('tab');
  const tab = ['teams', 'tokens', 'stageProbabilities', 'webhooks'].includes(wanted ?? '') ? (wanted as string) : 'users';
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('nav.settings')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'users' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'users', label: t('settings.tabs.users'), children: <UsersPanel /> },
          { key: 'teams', label: t('settings.tabs.teams'), children: <TeamsPanel /> },
          { key: 'tokens', label: t('settings.tabs.tokens'), children: <TokensPanel /> },
          { key: 'stageProbabilities', label: t('settings.tabs.stageProbabilities'), children: <StageProbabilitiesPanel /> },
          { key: 'webhooks', label: t('settings.tabs.webhooks'), children: <WebhooksPanel /> },
        ]}
      />
    </section>
  );
}

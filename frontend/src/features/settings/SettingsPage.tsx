import { ComingSoon } from '../../components/ComingSoon';

export default function SettingsPage() {
  return <ComingSoon titleKey="nav.settings" apiKey="comingSoon.settingsApi" />;
}

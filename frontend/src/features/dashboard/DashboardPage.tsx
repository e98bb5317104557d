import { ComingSoon } from '../../components/ComingSoon';

export default function DashboardPage() {
  return <ComingSoon titleKey="nav.dashboard" apiKey="comingSoon.dashboardApi" />;
}

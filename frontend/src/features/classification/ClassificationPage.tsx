import { ComingSoon } from '../../components/ComingSoon';

export default function ClassificationPage() {
  return <ComingSoon titleKey="nav.classification" apiKey="comingSoon.classificationApi" />;
}

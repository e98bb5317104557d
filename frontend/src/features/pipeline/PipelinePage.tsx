import { ComingSoon } from '../../components/ComingSoon';

export default function PipelinePage() {
  return <ComingSoon titleKey="nav.pipeline" apiKey="comingSoon.pipelineApi" />;
}

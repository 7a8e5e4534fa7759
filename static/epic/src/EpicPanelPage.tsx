import { ErrorState, LoadingState, useModalContext, useResolver } from '../../shared';
import { EpicPanel } from './EpicPanel';
import { LinkSolutionModal } from './features/link/LinkSolutionModal';
import { isLinkModal } from './features/link/linkModal';

/**
 * jira:issuePanel. The issue comes from the Forge context on the backend, never from us. The same
 * resource draws the "Link to a solution" modal when Jira opens it with that context.
 */
export function EpicPanelPage() {
  const modal = useModalContext(isLinkModal);
  if (modal === undefined) return <LoadingState label="Loading solutions for this epic…" />;
  if (modal) return <LinkSolutionModal context={modal} />;
  return <PanelContent />;
}

function PanelContent() {
  const { data, error, loading, reload } = useResolver('epic.get', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading solutions for this epic…" /> : null;
  return <EpicPanel view={data} onChanged={() => void reload()} />;
}

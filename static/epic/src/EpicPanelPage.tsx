import { ErrorState, LoadingState, useResolver } from '../../shared';
import { EpicPanel } from './EpicPanel';

/** jira:issuePanel. The issue comes from the Forge context on the backend, never from us. */
export function EpicPanelPage() {
  const { data, error, loading, reload } = useResolver('epic.get', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading solutions for this epic…" /> : null;
  return <EpicPanel view={data} onChanged={() => void reload()} />;
}

import { ErrorState, LoadingState, useResolver } from '../../shared';
import { MarketContext } from './MarketContext';

/** jira:projectPage. The project comes from the Forge context on the backend, never from us. */
export function MarketContextPage() {
  const { data, error, loading, reload } = useResolver('project.get', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading market context…" /> : null;
  return <MarketContext view={data} onChanged={() => void reload()} />;
}

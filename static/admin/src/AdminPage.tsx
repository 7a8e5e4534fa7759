import { ErrorState, LoadingState, useResolver } from '../../shared';
import { AdminSettings } from './AdminSettings';

/** jira:adminPage. */
export function AdminPage() {
  const { data, error, loading, reload } = useResolver('admin.get', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading settings…" /> : null;
  return <AdminSettings view={data} onChanged={() => void reload()} />;
}

import { Box, Stack } from '@atlaskit/primitives';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { ErrorState, LoadingState, useResolver, type ResolverError } from '../../shared';
import { DetailCache } from './data/detailCache';
import { DialogHost } from './dialogs/DialogHost';
import type { DialogRequest } from './dialogs/DialogRequest';
import { FirstRun, GettingStarted } from './FirstRun';
import { PageHeader } from './PageHeader';
import { PortfolioContext, type PortfolioContextValue } from './PortfolioContext';
import { buildIndex } from './portfolioIndex';
import { PortfolioTabs } from './PortfolioTabs';
import { RouteContext, type RouteValue } from './route/RouteContext';
import { useHistoryRoute } from './route/useHistoryRoute';
import { RunningWork } from './RunningWork';

/**
 * The portfolio page, summary first: one `portfolio.get` answers counts, names and the first page
 * of each long list; the tabs ask for detail (a market, a matrix cell, more rows) as people open it.
 */
export function PortfolioApp() {
  const { data: summary, error, loading, reload: reloadSummary } = useResolver('portfolio.get', {});
  const { route, go } = useHistoryRoute();
  const routing = useMemo<RouteValue | null>(() => (route ? { route, go } : null), [route, go]);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const details = useRef(new DetailCache()).current;
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(async () => {
    // Cleared before anything re-renders, so an open drill-down never shows the answer from before the write.
    details.clear();
    setGeneration((n) => n + 1);
    await reloadSummary();
  }, [details, reloadSummary]);

  // Background work started here (a large delete): the running-work banner asks again at once.
  const [jobsStarted, setJobsStarted] = useState(0);
  const watchJobs = useCallback(() => setJobsStarted((n) => n + 1), []);
  const index = useMemo(() => (summary ? buildIndex(summary) : null), [summary]);
  const context = useMemo<PortfolioContextValue | null>(
    () =>
      summary && index
        ? {
            summary,
            index,
            canManage: summary.viewer.canManage,
            reload,
            details,
            generation,
            openDialog: setDialog,
            watchJobs,
          }
        : null,
    [summary, index, reload, details, generation, watchJobs],
  );

  if (!context || !routing) {
    if (error) return <ErrorState error={error} onRetry={reload} />;
    return <LoadingState label="Loading the market layer…" />;
  }
  return (
    <PortfolioContext.Provider value={context}>
      <RouteContext.Provider value={routing}>
        <PortfolioPage
          refreshing={loading}
          error={error}
          onRetry={reload}
          empty={context.summary.markets.length === 0}
          jobsStarted={jobsStarted}
        />
        {dialog && <DialogHost request={dialog} setDialog={setDialog} />}
      </RouteContext.Provider>
    </PortfolioContext.Provider>
  );
}

/**
 * Everything but the dialog. Memoised, so opening or closing a dialog renders the dialog alone,
 * not the page behind it (at L, re-rendering the open tab made a dialog take a second to appear).
 */
const PortfolioPage = memo(function PortfolioPage({
  refreshing,
  error,
  onRetry,
  empty,
  jobsStarted,
}: {
  refreshing: boolean;
  error: ResolverError | null;
  onRetry: () => void;
  empty: boolean;
  jobsStarted: number;
}) {
  return (
    // The page's one main landmark (the frame is a document of its own, checked on its own by axe).
    <Box as="main" padding="space.300">
      <Stack space="space.200">
        <PageHeader refreshing={refreshing} />
        <RunningWork jobsStarted={jobsStarted} />
        {error && <ErrorState error={error} onRetry={onRetry} />}
        {empty ? (
          <FirstRun />
        ) : (
          <>
            <GettingStarted />
            <PortfolioTabs />
          </>
        )}
      </Stack>
    </Box>
  );
});

import { Box, Stack } from '@atlaskit/primitives';
import { useMemo, useState } from 'react';
import { ErrorState, LoadingState, useResolver } from '../../shared';
import { DialogHost } from './dialogs/DialogHost';
import type { DialogRequest } from './dialogs/DialogRequest';
import { FirstRun } from './FirstRun';
import { PageHeader } from './PageHeader';
import { PortfolioContext, type PortfolioContextValue } from './PortfolioContext';
import { buildIndex } from './portfolioIndex';
import { PortfolioTabs } from './PortfolioTabs';

/** The portfolio page: one read of `portfolio.get`, then every section works from that view. */
export function PortfolioApp() {
  const { data: view, error, loading, reload } = useResolver('portfolio.get', {});
  const [dialog, setDialog] = useState<DialogRequest | null>(null);

  const context = useMemo<PortfolioContextValue | null>(
    () =>
      view
        ? {
            view,
            index: buildIndex(view),
            canManage: view.viewer.canManage,
            reload,
            openDialog: setDialog,
            closeDialog: () => setDialog(null),
          }
        : null,
    [view, reload],
  );

  if (!context) {
    if (error) return <ErrorState error={error} onRetry={reload} />;
    return <LoadingState label="Loading the market layer…" />;
  }
  return (
    <PortfolioContext.Provider value={context}>
      <Box padding="space.300">
        <Stack space="space.200">
          <PageHeader refreshing={loading} />
          {error && <ErrorState error={error} onRetry={reload} />}
          {context.view.markets.length === 0 ? <FirstRun /> : <PortfolioTabs />}
        </Stack>
      </Box>
      {dialog && <DialogHost request={dialog} />}
    </PortfolioContext.Provider>
  );
}

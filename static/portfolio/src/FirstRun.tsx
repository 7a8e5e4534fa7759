import Button from '@atlaskit/button/new';
import { EmptyState } from '../../shared';
import { usePortfolio } from './PortfolioContext';

/** No markets yet: explain the three steps and start the first one. */
export function FirstRun() {
  const { canManage, openDialog } = usePortfolio();
  return (
    <EmptyState
      header="Put your markets above your projects"
      description={
        <>
          Start with a market you serve, add the business priorities of its customer executives and managers,
          then describe the cross-product solutions that address them and link the epics each product
          contributes.
          {!canManage && ' Ask someone with the "Manage market layer" permission to create the first market.'}
        </>
      }
      action={
        canManage ? (
          <Button appearance="primary" onClick={() => openDialog({ kind: 'market' })}>
            Create market
          </Button>
        ) : undefined
      }
    />
  );
}

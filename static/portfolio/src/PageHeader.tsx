import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { downloadMatrixCsv } from './matrix/matrixCsv';
import { usePortfolio } from './PortfolioContext';

/** Title, the create buttons for people who may manage, and the matrix export for everyone. */
export function PageHeader({ refreshing }: { refreshing: boolean }) {
  const { view, index, canManage, openDialog } = usePortfolio();
  const hasMarkets = view.markets.length > 0;
  return (
    <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
      <Inline space="space.100" alignBlock="center">
        <Heading size="large" as="h1">
          Market layer
        </Heading>
        {refreshing && <Spinner size="small" label="Refreshing" />}
        <Text color="color.text.subtle">
          Markets, the business priorities of their customers, and the solutions that serve them
        </Text>
      </Inline>
      <Inline space="space.100">
        {canManage && hasMarkets && (
          <>
            <Button onClick={() => openDialog({ kind: 'market' })}>Create market</Button>
            <Button onClick={() => openDialog({ kind: 'priority' })}>Create priority</Button>
            <Button
              appearance="primary"
              onClick={() => openDialog({ kind: 'solution' })}
              isDisabled={view.priorities.length === 0}
            >
              Create solution
            </Button>
          </>
        )}
        {view.matrix.length > 0 && (
          <Button onClick={() => downloadMatrixCsv(view, index)}>Export matrix (CSV)</Button>
        )}
      </Inline>
    </Inline>
  );
}

import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { usePortfolio } from './PortfolioContext';

/** Title, and the create buttons for people who may manage (the matrix export is in its tab). */
export function PageHeader({ refreshing }: { refreshing: boolean }) {
  const { summary, canManage, openDialog } = usePortfolio();
  const hasMarkets = summary.markets.length > 0;
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
      {canManage && hasMarkets && (
        <Inline space="space.100">
          <Button onClick={() => openDialog({ kind: 'market' })}>Create market</Button>
          <Button onClick={() => openDialog({ kind: 'priority' })}>Create priority</Button>
          <Button
            appearance="primary"
            onClick={() => openDialog({ kind: 'solution' })}
            isDisabled={summary.counts.priorities === 0}
          >
            Create solution
          </Button>
        </Inline>
      )}
    </Inline>
  );
}

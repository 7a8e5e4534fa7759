import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { EmptyState, ErrorState, PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { BalanceRow } from './BalanceRow';
import { CountedAt } from './CountedAt';
import { useBalancePages } from './useBalancePages';

/** Per product, least growth first: share of open epics that serve solutions against the target. */
export function BalanceView() {
  const { summary } = usePortfolio();
  const { items, total, showMore, pending, error } = useBalancePages();
  if (total === 0) {
    return (
      <Stack space="space.200">
        <EmptyState
          header="No products yet"
          description="Products appear here once they have open epics or their epics contribute to a solution."
        />
        <CountedAt countedAt={summary.countedAt} />
      </Stack>
    );
  }
  return (
    <Stack space="space.200">
      <CountedAt countedAt={summary.countedAt} />
      <PlainList space="space.200" label="Balance per product">
        {items.map((balance) => (
          <BalanceRow key={balance.projectId} balance={balance} />
        ))}
      </PlainList>
      {error && <ErrorState error={error} onRetry={() => void showMore()} />}
      <Box aria-live="polite">
        <Inline space="space.150" alignBlock="center">
          <Text color="color.text.subtle">
            Showing {items.length} of {total} products
          </Text>
          {items.length < total && (
            <Button onClick={() => void showMore()} isLoading={pending}>
              Show more
            </Button>
          )}
        </Inline>
      </Box>
    </Stack>
  );
}

import Lozenge from '@atlaskit/lozenge';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../../src/contract';
import { EmptyState, percent, PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { BalanceBar } from './BalanceBar';

const VERDICT: Record<
  ProductBalance['verdict'],
  { label: string; appearance: 'removed' | 'success' | 'inprogress' | 'default' }
> = {
  below: { label: 'Below target', appearance: 'removed' },
  'on-target': { label: 'On target', appearance: 'success' },
  above: { label: 'Above target', appearance: 'inprogress' },
  'no-open-epics': { label: 'No open epics', appearance: 'default' },
};

function describe(balance: ProductBalance): string {
  if (balance.openEpics === 0) return 'No open epics.';
  return `${balance.growth} of ${balance.openEpics} open epics serve solutions (${percent(balance.share)}); ${balance.incremental} are incremental. Target ${percent(balance.target)}.`;
}

/** Per product: share of open epics that serve solutions (growth) against the portfolio target. */
export function BalanceView() {
  const { view } = usePortfolio();
  if (view.balance.length === 0) {
    return (
      <EmptyState
        header="No products yet"
        description="Products appear here once their epics contribute to a solution."
      />
    );
  }
  return (
    <PlainList space="space.200">
      {view.balance.map((balance) => {
        const verdict = VERDICT[balance.verdict];
        return (
          <Box
            as="li"
            key={balance.projectId}
            aria-label={`${balance.name}: ${verdict.label}. ${describe(balance)}`}
          >
            <Grid templateColumns="minmax(140px, 1fr) 2fr auto" gap="space.200" alignItems="center">
              <Text weight="semibold">
                {balance.name} ({balance.projectKey})
              </Text>
              <Stack space="space.050">
                <BalanceBar balance={balance} />
                <Text size="small" color="color.text.subtle">
                  {describe(balance)}
                </Text>
              </Stack>
              <Lozenge appearance={verdict.appearance}>{verdict.label}</Lozenge>
            </Grid>
          </Box>
        );
      })}
    </PlainList>
  );
}

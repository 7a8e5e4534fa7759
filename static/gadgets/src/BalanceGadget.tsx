import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../src/contract';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  percent,
  PlainList,
  PlainListItem,
  useResolver,
} from '../../shared';
import { ScopeLine } from './ScopeLine';
import type { Scope } from './scope';

const SHOWN = 10;
const VERDICTS: Record<
  ProductBalance['verdict'],
  { label: string; appearance: 'moved' | 'success' | 'default' }
> = {
  below: { label: 'Below target', appearance: 'moved' },
  'on-target': { label: 'On target', appearance: 'success' },
  above: { label: 'Above target', appearance: 'success' },
  'no-open-epics': { label: 'No open epics', appearance: 'default' },
};

/**
 * "Product balance": each product's share of open epics serving solutions against the target,
 * least growth first (portfolio.balance; with a market, the products serving it). Only products
 * the viewer may browse are listed, as on the portfolio page.
 */
export function BalanceGadget({ scope }: { scope: Scope }) {
  const { data, error, loading, reload } = useResolver('portfolio.balance', {
    ...(scope.marketId ? { marketId: scope.marketId } : {}),
    offset: 0,
    limit: SHOWN,
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading product balance…" /> : null;
  const { items, total } = data.balance;
  const target = items[0]?.target;
  return (
    <Box padding="space.150">
      <Stack space="space.150">
        <ScopeLine
          scope={scope}
          extra={target === undefined ? undefined : `target ${percent(target)} of open epics on solutions`}
        />
        {items.length === 0 ? (
          <EmptyState
            header="No products to balance"
            description={
              scope.marketId
                ? 'No product you can view contributes to this market’s solutions yet.'
                : 'Products appear here once they have open epics.'
            }
          />
        ) : (
          <PlainList label="Products by growth share">
            {items.map((b) => {
              const verdict = VERDICTS[b.verdict];
              const summary = `${b.growth} of ${b.openEpics} open epics on solutions (${percent(b.share)}) · ${b.incremental} incremental`;
              return (
                <PlainListItem key={b.projectId}>
                  <Stack space="space.050">
                    <Inline space="space.100" alignBlock="center" shouldWrap>
                      <Text weight="semibold">
                        {b.name} ({b.projectKey})
                      </Text>
                      <Lozenge appearance={verdict.appearance}>{verdict.label}</Lozenge>
                    </Inline>
                    <ProgressBar value={b.share ?? 0} ariaLabel={`${b.name}: ${summary}`} />
                    <Text size="small" color="color.text.subtle">
                      {summary}
                    </Text>
                  </Stack>
                </PlainListItem>
              );
            })}
          </PlainList>
        )}
        {total > items.length ? (
          <Text size="small" color="color.text.subtle">
            Showing the {items.length} least balanced of {total} products.
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

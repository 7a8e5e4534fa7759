import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { MarketInvestment } from '../../../src/contract';
import {
  amountOf,
  EmptyState,
  ErrorState,
  LoadingState,
  measureName,
  unestimatedText,
  percent,
  PlainList,
  PlainListItem,
  useResolver,
} from '../../shared';
import { ScopeLine } from './ScopeLine';
import type { Scope } from './scope';

/** Within 5 points of the strategy a market counts as aligned, as on the portfolio page. */
const ALIGNED = 0.05;

function verdict(m: MarketInvestment) {
  if (m.exitWithOpenWork) return { label: 'Exit market with open work', appearance: 'removed' as const };
  if (m.gap <= -ALIGNED) return { label: 'Under-invested', appearance: 'moved' as const };
  if (m.gap >= ALIGNED) return { label: 'Over-invested', appearance: 'inprogress' as const };
  return { label: 'Aligned', appearance: 'success' as const };
}

/**
 * "Investment by market" (issue 12): each market's strategic share beside its share of the open
 * growth work, largest gap first, in the measure the settings choose. Counts only (no epic is
 * named), the same for every viewer.
 */
export function InvestmentGadget({ scope }: { scope: Scope }) {
  const { data, error, loading, reload } = useResolver('portfolio.investment', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading investment by market…" /> : null;
  const markets = scope.marketId ? data.markets.filter((m) => m.marketId === scope.marketId) : data.markets;
  const named = scope.marketId ? { ...scope, marketName: markets[0]?.name ?? null } : scope;
  return (
    <Box padding="space.150">
      <Stack space="space.150">
        <ScopeLine scope={named} extra={`measured in ${measureName(data)}`} />
        {data.total === 0 || markets.length === 0 ? (
          <EmptyState
            header="No open growth work yet"
            description="Link open epics to solutions to see where the work goes."
          />
        ) : (
          <PlainList label="Markets by investment gap">
            {markets.map((m) => {
              const v = verdict(m);
              const text = `Investment ${percent(m.investmentShare)} (${amountOf(data.measure, m.amount)}) · strategy ${percent(m.strategicShare)}`;
              return (
                <PlainListItem key={m.marketId}>
                  <Stack space="space.050">
                    <Inline space="space.100" alignBlock="center" shouldWrap>
                      <Text weight="semibold">{m.name}</Text>
                      <Lozenge appearance={v.appearance}>{v.label}</Lozenge>
                    </Inline>
                    <ProgressBar value={m.investmentShare} ariaLabel={`${m.name}: ${v.label}. ${text}`} />
                    <Text size="small" color="color.text.subtle">
                      {text}
                    </Text>
                  </Stack>
                </PlainListItem>
              );
            })}
          </PlainList>
        )}
        {unestimatedText(data) ? (
          <Text size="small" color="color.text.subtle">
            {unestimatedText(data)}
          </Text>
        ) : null}
        {data.split > 0 ? (
          <Text size="small" color="color.text.subtle">
            Work serving several markets counts once, split equally between them (
            {amountOf(data.measure, data.split)} split).
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

import { Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { EmptyState } from '../../../shared';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MarketNarrative } from './MarketNarrative';
import { MarketPicker } from './MarketPicker';

/** The market → priority → solution story in customer language, for executives; one market at a time. */
export function ValueNarrative() {
  const { summary } = usePortfolio();
  const markets = marketsByWeight(summary.markets).filter((market) => market.priorityCount > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  if (markets.length === 0) {
    return (
      <EmptyState
        header="No story to tell yet"
        description="Add business priorities to your markets and the solutions that address them."
      />
    );
  }
  // The heaviest market until someone picks another (or the picked one no longer has priorities).
  const marketId = markets.some((market) => market.id === chosen) ? chosen! : markets[0].id;
  return (
    <Stack space="space.200">
      <MarketPicker markets={markets} value={marketId} onChange={setChosen} />
      <MarketNarrative marketId={marketId} />
      <Text size="small" color="color.text.subtlest">
        Progress per product and per epic is in the Contribution matrix tab.
      </Text>
    </Stack>
  );
}

import { Stack } from '@atlaskit/primitives';
import { usePortfolio } from '../PortfolioContext';
import { MarketNode } from './MarketNode';

/** Markets, heaviest first, each with its customers' business priorities and the solutions addressing them. */
export function StrategyTree() {
  const { view } = usePortfolio();
  const markets = [...view.markets].sort(
    (a, b) => b.strategicWeight - a.strategicWeight || a.name.localeCompare(b.name),
  );
  return (
    <Stack space="space.200">
      {markets.map((market) => (
        <MarketNode key={market.id} market={market} />
      ))}
    </Stack>
  );
}

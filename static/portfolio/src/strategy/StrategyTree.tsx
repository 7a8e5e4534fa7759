import { Stack, Text } from '@atlaskit/primitives';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MarketNode } from './MarketNode';

/**
 * Markets, heaviest first, with how much hangs under each; expanding one loads its customers'
 * business priorities and the solutions addressing them (`market.detail`).
 */
export function StrategyTree() {
  const { summary } = usePortfolio();
  return (
    <Stack space="space.200">
      <Text color="color.text.subtle">
        {summary.counts.markets} markets · {summary.counts.priorities} business priorities ·{' '}
        {summary.counts.solutions} solutions · {summary.counts.contributions} linked epics
      </Text>
      {marketsByWeight(summary.markets).map((market) => (
        <MarketNode key={market.id} market={market} />
      ))}
    </Stack>
  );
}

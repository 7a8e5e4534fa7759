import { Stack, Text } from '@atlaskit/primitives';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MarketNode } from './MarketNode';

/** Markets on the landing before "Show more": at L (50 markets) the first paint does half the work. */
const MARKETS_SHOWN = 20;

/**
 * Markets, heaviest first, with how much hangs under each; expanding one loads its customers'
 * business priorities and the solutions addressing them (`market.detail`).
 */
export function StrategyTree() {
  const { summary } = usePortfolio();
  const { shown, showMore } = useShowMore(marketsByWeight(summary.markets), MARKETS_SHOWN);
  return (
    <Stack space="space.200">
      <Text color="color.text.subtle">
        {summary.counts.markets} markets · {summary.counts.priorities} business priorities ·{' '}
        {summary.counts.solutions} solutions · {summary.counts.contributions} linked epics
      </Text>
      {shown.map((market) => (
        <MarketNode key={market.id} market={market} />
      ))}
      <ShowMoreButton shown={shown.length} total={summary.markets.length} noun="markets" onClick={showMore} />
    </Stack>
  );
}

import { Stack, Text } from '@atlaskit/primitives';
import { EmptyState } from '../../../shared';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MarketNarrative } from './MarketNarrative';
import { NarrativeActions } from './NarrativeActions';
import { NarrativeFilters } from './NarrativeFilters';
import { PrintStyle } from './PrintStyle';
import { useNarrativeExport } from './useNarrativeExport';
import { useStoryFilter } from './useStoryFilter';

/** Markets told before "Show more": each is a drill-down call (`market.detail`). */
const MARKETS_SHOWN = 5;

/**
 * The market → priority → solution story in customer language, for executives: product names, no
 * issue keys (the Jira detail is one click away under each solution). Filtered by market, customer
 * layer and horizon in the URL; exported as Markdown or printed for a board deck.
 */
export function ValueNarrative() {
  const { summary } = usePortfolio();
  const withStory = marketsByWeight(summary.markets).filter((market) => market.priorityCount > 0);
  const { markets, filter, subtitle } = useStoryFilter(withStory);
  const exporter = useNarrativeExport(markets, filter, subtitle);
  const { shown, showMore } = useShowMore(markets, MARKETS_SHOWN);
  if (withStory.length === 0) {
    return (
      <EmptyState
        header="No story to tell yet"
        description="Add business priorities to your markets and the solutions that address them."
      />
    );
  }
  // Printing tells every market the filters select, not only those shown so far.
  const told = exporter.printing ? markets : shown;
  return (
    <Stack space="space.200">
      <PrintStyle />
      <div data-print="hide">
        <Stack space="space.150">
          <NarrativeFilters markets={withStory} />
          <NarrativeActions exporter={exporter} />
        </Stack>
      </div>
      {told.map((market) => (
        <div key={market.id} data-print="market">
          <MarketNarrative marketId={market.id} filter={filter} />
        </div>
      ))}
      <div data-print="hide">
        <ShowMoreButton shown={told.length} total={markets.length} noun="markets" onClick={showMore} />
        <Text size="small" color="color.text.subtlest">
          Progress per product and per epic is in the Contribution matrix tab.
        </Text>
      </div>
    </Stack>
  );
}

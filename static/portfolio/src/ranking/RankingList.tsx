import { Stack, Text } from '@atlaskit/primitives';
import { EmptyState, PlainList } from '../../../shared';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { usePortfolio } from '../PortfolioContext';
import { useRoute } from '../route/RouteContext';
import { RankingFilters } from './RankingFilters';
import { rankedSolutions } from './rankingFilter';
import { RankingItem } from './RankingItem';

/** Solutions by score: the sum, over the priorities addressed, of market weight × importance × layer weight. */
export function RankingList() {
  const { summary } = usePortfolio();
  const { route } = useRoute();
  // Dropped solutions (rank null) are not ranked; the filters come from the URL.
  const ranked = rankedSolutions(summary.solutions, route.params);
  const anyRanked = summary.solutions.some((solution) => solution.rank !== null);
  const { shown, showMore } = useShowMore(ranked);
  if (!anyRanked) {
    return (
      <EmptyState
        header="Nothing to rank yet"
        description="Solutions are ranked once they address business priorities."
      />
    );
  }
  return (
    <Stack space="space.100">
      <Text color="color.text.subtle">
        Score of a priority = market weight × importance × customer-layer weight; a solution scores the sum
        over the priorities it addresses. Dropped solutions are not ranked.
      </Text>
      <RankingFilters />
      {ranked.length === 0 && (
        <Text color="color.text.subtle">No ranked solution matches these filters.</Text>
      )}
      <PlainList ordered space="space.0" label="Solutions by score">
        {shown.map((solution) => (
          <RankingItem key={solution.id} solution={solution} />
        ))}
      </PlainList>
      <ShowMoreButton shown={shown.length} total={ranked.length} noun="ranked solutions" onClick={showMore} />
    </Stack>
  );
}

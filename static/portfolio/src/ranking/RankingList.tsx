import { Stack, Text } from '@atlaskit/primitives';
import { EmptyState, PlainList } from '../../../shared';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { usePortfolio } from '../PortfolioContext';
import { RankingItem } from './RankingItem';

/** Solutions by score: the sum, over the priorities addressed, of market weight × importance × layer weight. */
export function RankingList() {
  const { summary } = usePortfolio();
  // The summary lists ranked solutions first, by rank; dropped ones (rank null) are not ranked.
  const ranked = summary.solutions
    .filter((solution) => solution.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name));
  const { shown, showMore } = useShowMore(ranked);
  if (ranked.length === 0) {
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
      <PlainList ordered space="space.0" label="Solutions by score">
        {shown.map((solution) => (
          <RankingItem key={solution.id} solution={solution} />
        ))}
      </PlainList>
      <ShowMoreButton shown={shown.length} total={ranked.length} noun="ranked solutions" onClick={showMore} />
    </Stack>
  );
}

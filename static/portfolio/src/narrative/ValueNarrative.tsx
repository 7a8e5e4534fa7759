import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { EmptyState } from '../../../shared';
import { Card } from '../common/Card';
import { usePortfolio } from '../PortfolioContext';
import { NarrativePriorityView } from './NarrativePriorityView';

/** The market → priority → solution story in customer language, for executives. */
export function ValueNarrative() {
  const { view } = usePortfolio();
  const markets = view.narrative.filter((market) => market.priorities.length > 0);
  if (markets.length === 0) {
    return (
      <EmptyState
        header="No story to tell yet"
        description="Add business priorities to your markets and the solutions that address them."
      />
    );
  }
  return (
    <Stack space="space.200">
      {markets.map((market) => (
        <Card key={market.marketId} label={`Story for ${market.name}`}>
          <Stack space="space.150">
            <Heading size="medium" as="h2">{`For ${market.name}`}</Heading>
            {market.priorities.map((priority) => (
              <NarrativePriorityView key={priority.priorityId} priority={priority} />
            ))}
          </Stack>
        </Card>
      ))}
      <Text size="small" color="color.text.subtlest">
        Progress per product and per epic is in the Contribution matrix tab.
      </Text>
    </Stack>
  );
}

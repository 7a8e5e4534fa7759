import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { ErrorState, LoadingState } from '../../../shared';
import { Card } from '../common/Card';
import { useDetail } from '../data/useDetails';
import { NarrativePriorityView } from './NarrativePriorityView';

/** One market's story, from its detail (`market.detail`): priority by priority, the solutions answering it. */
export function MarketNarrative({ marketId }: { marketId: string }) {
  const { data, error, loading, retry } = useDetail('market.detail', { marketId });
  if (error && !data) return <ErrorState error={error} onRetry={retry} />;
  if (!data) return loading ? <LoadingState label="Loading the story…" /> : null;
  const { narrative } = data;
  return (
    <Card label={`Story for ${narrative.name}`}>
      <Stack space="space.150">
        <Heading size="medium" as="h2">{`For ${narrative.name}`}</Heading>
        {narrative.priorities.length === 0 ? (
          <Text color="color.text.subtlest">This market has no business priorities yet.</Text>
        ) : (
          narrative.priorities.map((priority) => (
            <NarrativePriorityView key={priority.priorityId} priority={priority} />
          ))
        )}
      </Stack>
    </Card>
  );
}

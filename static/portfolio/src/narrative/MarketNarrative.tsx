import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { NarrativeMarket } from '../../../../src/contract';
import { Card } from '../common/Card';
import { DetailView } from '../data/DetailView';
import { useDetail } from '../data/useDetails';
import { NarrativePriorityView } from './NarrativePriorityView';

/** One market's story, from its detail (`market.detail`): priority by priority, the solutions answering it. */
export function MarketNarrative({ marketId }: { marketId: string }) {
  const detail = useDetail('market.detail', { marketId });
  return (
    <DetailView state={detail} loadingLabel="Loading the story…">
      {(data) => <Story narrative={data.narrative} />}
    </DetailView>
  );
}

function Story({ narrative }: { narrative: NarrativeMarket }) {
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

import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { NarrativeMarket } from '../../../../src/contract';
import { Card } from '../common/Card';
import { DetailView } from '../data/DetailView';
import { useDetail } from '../data/useDetails';
import { NarrativePriorityView } from './NarrativePriorityView';
import { filterStory, type StoryFilter } from './storyFilter';

/** One market's story, from its detail (`market.detail`): priority by priority, the solutions answering it. */
export function MarketNarrative({ marketId, filter }: { marketId: string; filter: StoryFilter }) {
  const detail = useDetail('market.detail', { marketId });
  return (
    <DetailView state={detail} loadingLabel="Loading the story…">
      {(data) => <Story narrative={filterStory(data.narrative, filter)} />}
    </DetailView>
  );
}

function Story({ narrative }: { narrative: NarrativeMarket }) {
  return (
    <Card label={`Story for ${narrative.name}`}>
      <Stack space="space.150">
        <Heading size="medium" as="h2">{`For ${narrative.name}`}</Heading>
        {narrative.priorities.length === 0 ? (
          <Text color="color.text.subtlest">No business priority of this market matches the filters.</Text>
        ) : (
          narrative.priorities.map((priority) => (
            <NarrativePriorityView key={priority.priorityId} priority={priority} />
          ))
        )}
      </Stack>
    </Card>
  );
}

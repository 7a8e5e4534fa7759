import { Text } from '@atlaskit/primitives';
import type { MarketDetail, Priority, Solution } from '../../../../src/contract';
import { PlainList } from '../../../shared';
import { DetailView } from '../data/DetailView';
import { useDetail } from '../data/useDetails';
import { PriorityNode } from './PriorityNode';

const LAYER_ORDER: Record<Priority['layer'], number> = { executive: 0, 'senior-manager': 1, user: 2 };

/** Top of the customer organisation first, then the most important. */
function byLayerAndImportance(a: Priority, b: Priority): number {
  return (
    LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer] ||
    b.importance - a.importance ||
    a.title.localeCompare(b.title)
  );
}

/** An expanded market: its business priorities in full, each with the solutions addressing it. */
export function MarketDetailBody({ marketId }: { marketId: string }) {
  const detail = useDetail('market.detail', { marketId });
  return (
    <DetailView state={detail} loadingLabel="Loading priorities and solutions…">
      {(data) => <PriorityList detail={data} />}
    </DetailView>
  );
}

function PriorityList({ detail: data }: { detail: MarketDetail }) {
  if (data.priorities.length === 0) {
    return <Text color="color.text.subtlest">No business priorities yet.</Text>;
  }
  const solutionsOf = (priority: Priority): Solution[] =>
    data.solutions.filter((solution) => solution.priorityIds.includes(priority.id));
  return (
    <PlainList space="space.100" label={`Business priorities of ${data.market.name}`}>
      {[...data.priorities].sort(byLayerAndImportance).map((priority) => (
        <PriorityNode key={priority.id} priority={priority} solutions={solutionsOf(priority)} />
      ))}
    </PlainList>
  );
}

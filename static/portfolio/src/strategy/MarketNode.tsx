import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Market } from '../../../../src/contract';
import { humanize, PlainList } from '../../../shared';
import { Card } from '../common/Card';
import { EntityActions } from '../common/EntityActions';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { PriorityNode } from './PriorityNode';

export function MarketNode({ market }: { market: Market }) {
  const { view, index, canManage, openDialog } = usePortfolio();
  const score = (id: string) => index.priorityScore.get(id) ?? 0;
  const priorities = view.priorities
    .filter((p) => p.marketId === market.id)
    .sort((a, b) => score(b.id) - score(a.id));
  const tags = market.segments.map((tag) => `${humanize(tag.kind)}: ${tag.value}`).join(' · ');
  return (
    <Card label={`Market ${market.name}`}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" shouldWrap>
          <Inline space="space.100" alignBlock="center">
            <Heading size="medium" as="h2">
              {market.name}
            </Heading>
            <StatusLozenge status={market.status} />
            <Text color="color.text.subtle">Strategic weight {market.strategicWeight} of 5</Text>
          </Inline>
          <Inline space="space.050">
            {canManage && (
              <Button spacing="compact" onClick={() => openDialog({ kind: 'priority', marketId: market.id })}>
                Add priority
              </Button>
            )}
            <EntityActions
              name={`market ${market.name}`}
              onEdit={() => openDialog({ kind: 'market', market })}
              onDelete={() => openDialog({ kind: 'delete-market', market })}
            />
          </Inline>
        </Inline>
        {market.description && <Text as="p">{market.description}</Text>}
        {tags && (
          <Text color="color.text.subtlest" size="small">
            {tags}
          </Text>
        )}
        {priorities.length === 0 ? (
          <Text color="color.text.subtlest">No business priorities yet.</Text>
        ) : (
          <PlainList space="space.100">
            {priorities.map((priority) => (
              <PriorityNode key={priority.id} priority={priority} />
            ))}
          </PlainList>
        )}
      </Stack>
    </Card>
  );
}

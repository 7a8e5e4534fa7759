import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Market, Priority } from '../../../src/contract';
import { PlainList, PlainListItem } from '../components/PlainList';
import { LayerLozenge } from './LayerLozenge';

/**
 * The market → priority half of the value story, in customer language: who in the customer
 * organisation cares (layer) and what they must achieve (outcome). No product words here.
 */
export function PrioritiesBehind({ priorities, markets }: { priorities: Priority[]; markets: Market[] }) {
  const marketName = new Map(markets.map((m) => [m.id, m.name]));
  if (priorities.length === 0) {
    return (
      <Text size="small" color="color.text.subtle">
        No business priority is recorded for this solution yet.
      </Text>
    );
  }
  return (
    <Stack space="space.075">
      <Heading size="xxsmall" as="h4">
        Business priorities it advances
      </Heading>
      <PlainList label="Business priorities">
        {priorities.map((p) => (
          <PlainListItem key={p.id}>
            <Stack space="space.025">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text weight="semibold">{p.title}</Text>
                <LayerLozenge layer={p.layer} />
              </Inline>
              <Text size="small">Outcome: {p.outcome}</Text>
              <Text size="small" color="color.text.subtle">
                Market: {marketName.get(p.marketId) ?? 'unknown market'}
              </Text>
            </Stack>
          </PlainListItem>
        ))}
      </PlainList>
    </Stack>
  );
}

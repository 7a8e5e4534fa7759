import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { Contribution } from '../../../../../src/contract';
import { HiddenCount, ContributionItem, PlainList, PlainListItem } from '../../../../shared';

/**
 * The epics in other products this one must ship with. Epics the viewer cannot browse arrive
 * only as a count from the backend, so no key or title of theirs can leak here.
 */
export function SiblingEpics({ siblings, hiddenCount }: { siblings: Contribution[]; hiddenCount: number }) {
  return (
    <Stack space="space.075">
      <Heading size="xxsmall" as="h4">
        Ships with
      </Heading>
      {siblings.length === 0 && hiddenCount === 0 && (
        <Text size="small" color="color.text.subtle">
          No other epic contributes to this solution yet.
        </Text>
      )}
      {siblings.length > 0 && (
        <PlainList label="Epics this one ships with">
          {siblings.map((c) => (
            <PlainListItem key={c.id}>
              <ContributionItem contribution={c} showProject />
            </PlainListItem>
          ))}
        </PlainList>
      )}
      <HiddenCount count={hiddenCount} noun="epic" />
    </Stack>
  );
}

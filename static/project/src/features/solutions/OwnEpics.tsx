import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { Contribution } from '../../../../../src/contract';
import { ContributionItem, PlainList, PlainListItem } from '../../../../shared';

/** This product's epics that deliver its part of the solution. */
export function OwnEpics({ contributions }: { contributions: Contribution[] }) {
  return (
    <Stack space="space.075">
      <Heading size="xxsmall" as="h4">
        This product&apos;s epics
      </Heading>
      {contributions.length === 0 ? (
        <Text size="small" color="color.text.subtle">
          None you can view.
        </Text>
      ) : (
        <PlainList label="This product's epics">
          {contributions.map((c) => (
            <PlainListItem key={c.id}>
              <ContributionItem contribution={c} />
            </PlainListItem>
          ))}
        </PlainList>
      )}
    </Stack>
  );
}

import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import type { LinkableSolution } from '../../../../shared';
import { openLinkModal } from './linkModal';

/** Offers to link the current epic to a solution; the form opens in Jira's modal over the page. */
export function LinkToSolution({
  epicKey,
  solutions,
  onLinked,
}: {
  epicKey: string;
  solutions: LinkableSolution[];
  onLinked: () => void;
}) {
  if (solutions.length === 0) {
    return (
      <Text size="small" color="color.text.subtle">
        There is no other solution to link {epicKey} to. Portfolio leads create solutions on the Market layer
        page.
      </Text>
    );
  }
  return (
    <Inline>
      <Button onClick={() => void openLinkModal({ epicKey, solutions }, onLinked)}>Link to a solution</Button>
    </Inline>
  );
}

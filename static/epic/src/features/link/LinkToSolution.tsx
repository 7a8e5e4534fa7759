import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { LinkSolutionFields, useLinkEpic, type LinkableSolution } from '../../../../shared';

/** Links the current epic (`issue` = its key) to a solution, inline in the panel. */
export function LinkToSolution({
  epicKey,
  solutions,
  onLinked,
}: {
  epicKey: string;
  solutions: LinkableSolution[];
  onLinked: () => void;
}) {
  const [open, setOpen] = useState(false);
  const form = useLinkEpic({
    initial: { solutionId: null, issue: epicKey, note: '' },
    solutionLabel: (id) => solutions.find((s) => s.id === id)?.name ?? 'the solution',
    onLinked: () => {
      setOpen(false);
      onLinked();
    },
  });

  if (solutions.length === 0) {
    return (
      <Text size="small" color="color.text.subtle">
        There is no other solution to link {epicKey} to. Portfolio leads create solutions on the Market layer
        page.
      </Text>
    );
  }
  if (!open) {
    return (
      <Inline>
        <Button onClick={() => setOpen(true)}>Link to a solution</Button>
      </Inline>
    );
  }
  return (
    <form
      aria-labelledby="link-epic-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <Stack space="space.150">
        <Heading size="xsmall" as="h3" id="link-epic-heading">
          Link {epicKey} to a solution
        </Heading>
        <LinkSolutionFields form={form} solutions={solutions} autoFocus />
        <Inline space="space.100">
          <Button appearance="primary" type="submit" isLoading={form.pending}>
            Link epic
          </Button>
          <Button appearance="subtle" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

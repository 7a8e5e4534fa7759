import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import {
  fieldError,
  FormError,
  useMutation,
  useToast,
  LinkSolutionFields,
  type LinkableSolution,
  type LinkDraft,
} from '../../../../shared';

const EMPTY: LinkDraft = { solutionId: null, note: '' };
const PLACED = new Set(['solutionId', 'note']);

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
  const [draft, setDraft] = useState<LinkDraft>(EMPTY);
  const [missingSolution, setMissingSolution] = useState(false);
  const link = useMutation('contribution.link');
  const toast = useToast();

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

  const submit = async () => {
    if (!draft.solutionId) return setMissingSolution(true);
    const saved = await link.run({ solutionId: draft.solutionId, issue: epicKey, note: draft.note });
    if (!saved) return;
    toast(
      `${epicKey} now contributes to ${solutions.find((s) => s.id === draft.solutionId)?.name ?? 'the solution'}`,
    );
    setDraft(EMPTY);
    setOpen(false);
    onLinked();
  };
  const errors = {
    solutionId:
      missingSolution && !draft.solutionId ? 'Choose a solution' : fieldError(link.error, 'solutionId'),
    note: fieldError(link.error, 'note'),
  };
  return (
    <form
      aria-labelledby="link-epic-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack space="space.150">
        <Heading size="xsmall" as="h3" id="link-epic-heading">
          Link {epicKey} to a solution
        </Heading>
        <FormError error={link.error} placed={(path) => PLACED.has(path)} />
        <LinkSolutionFields
          solutions={solutions}
          draft={draft}
          onChange={setDraft}
          errors={errors}
          autoFocus
        />
        <Inline space="space.100">
          <Button appearance="primary" type="submit" isLoading={link.pending}>
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

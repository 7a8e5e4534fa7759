import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { view } from '@forge/bridge';
import { LinkSolutionFields, useLinkEpic } from '../../../../shared';
import type { LinkModalContext, LinkModalResult } from './linkModal';

const close = (result: LinkModalResult) => void view.close(result);

/** The link form as the content of Jira's modal (opened by LinkToSolution with this context). */
export function LinkSolutionModal({ context }: { context: LinkModalContext }) {
  const { epicKey, solutions } = context;
  const form = useLinkEpic({
    initial: { solutionId: null, issue: epicKey, note: '' },
    solutionLabel: (id) => solutions.find((s) => s.id === id)?.name ?? 'the solution',
    onLinked: () => close({ linked: true }),
  });
  return (
    <Box as="main" padding="space.300">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
      >
        <Stack space="space.200">
          <Heading size="medium" as="h1" id="link-epic-heading">
            Link {epicKey} to a solution
          </Heading>
          <LinkSolutionFields form={form} solutions={solutions} autoFocus />
          <Inline space="space.100" alignInline="end">
            <Button appearance="subtle" onClick={() => close({ linked: false })}>
              Cancel
            </Button>
            <Button appearance="primary" type="submit" isLoading={form.pending}>
              Link epic
            </Button>
          </Inline>
        </Stack>
      </form>
    </Box>
  );
}

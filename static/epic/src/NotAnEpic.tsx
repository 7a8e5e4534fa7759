import SectionMessage from '@atlaskit/section-message';
import { Box, Text } from '@atlaskit/primitives';

/** The panel shows on every issue; only issue types the admin counts as epics can serve solutions. */
export function NotAnEpic({ issueKey }: { issueKey: string }) {
  return (
    <Box as="main" padding="space.100">
      <SectionMessage appearance="information" title="Not an epic">
        <Text as="p">
          {issueKey} is not an epic, so it cannot be linked to a solution. Market Layer links epics (the issue
          types your Jira admin counts as epics in Market layer settings); link this issue&apos;s epic
          instead.
        </Text>
      </SectionMessage>
    </Box>
  );
}

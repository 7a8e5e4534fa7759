import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { EpicPanelView } from '../../../src/contract';
import { EpicSolutionCard } from './features/solutions/EpicSolutionCard';
import { LinkToSolution } from './features/link/LinkToSolution';
import { NotAnEpic } from './NotAnEpic';
import { PlainList, PlainListItem } from '../../shared';

/**
 * Why this epic exists in market terms, and which other products' epics it must ship with. One
 * main landmark and an h1 for the frame's document (Jira titles the panel outside the frame, so
 * the h1 is for screen readers only); the solutions' names are h3 under an h2, as on the other
 * surfaces.
 */
export function EpicPanel({ view, onChanged }: { view: EpicPanelView; onChanged: () => void }) {
  if (!view.epic.isEpic) return <NotAnEpic issueKey={view.epic.key} />;
  const linkedIds = new Set(view.solutions.map((s) => s.solution.id));
  const unlinked = view.linkableSolutions.filter((s) => !linkedIds.has(s.id));
  return (
    <Box as="main" padding="space.100">
      <VisuallyHidden>
        <Heading size="small" as="h1">
          Solutions for {view.epic.key}
        </Heading>
        <Heading size="small" as="h2">
          Solutions {view.epic.key} contributes to
        </Heading>
      </VisuallyHidden>
      <Stack space="space.300">
        {view.solutions.length === 0 ? (
          <Text color="color.text.subtle">
            {view.epic.key} serves no solution yet. Link it to the cross-product solution it helps deliver, so
            its product and market context show up here and on the portfolio.
          </Text>
        ) : (
          <PlainList label={`Solutions ${view.epic.key} contributes to`} space="space.300">
            {view.solutions.map((entry) => (
              <PlainListItem key={entry.solution.id}>
                <EpicSolutionCard entry={entry} canUnlink={view.viewer.canLink} onUnlinked={onChanged} />
              </PlainListItem>
            ))}
          </PlainList>
        )}
        {view.viewer.canLink ? (
          <LinkToSolution epicKey={view.epic.key} solutions={unlinked} onLinked={onChanged} />
        ) : (
          <SectionMessage appearance="information">
            <Text>
              You can view this epic&apos;s solutions but not change them. Linking needs permission to edit{' '}
              {view.epic.key} or the &quot;Manage market layer&quot; permission.
            </Text>
          </SectionMessage>
        )}
      </Stack>
    </Box>
  );
}

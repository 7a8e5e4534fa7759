import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NarrativePriority } from '../../../../src/contract';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { NarrativeSolutionView } from './NarrativeSolutionView';
import { UNANSWERED, priorityLine } from './storyText';

const solutionStyle = xcss({ paddingInlineStart: 'space.200' });

/** One priority and the solutions that answer it, told as customer value. */
export function NarrativePriorityView({ priority }: { priority: NarrativePriority }) {
  const { shown, showMore } = useShowMore(priority.solutions, 10);
  return (
    <div data-print="priority">
      <Stack space="space.100">
        <Text as="p">
          <Text weight="semibold">{priorityLine(priority)}</Text>
          {priority.outcome.trim() && ` — ${priority.outcome}`}
        </Text>
        {priority.solutions.length === 0 ? (
          <Box xcss={solutionStyle}>
            <Text color="color.text.warning">{UNANSWERED}</Text>
          </Box>
        ) : (
          shown.map((solution) => <NarrativeSolutionView key={solution.solutionId} solution={solution} />)
        )}
        <ShowMoreButton
          shown={shown.length}
          total={priority.solutions.length}
          noun="solutions"
          onClick={showMore}
        />
      </Stack>
    </div>
  );
}

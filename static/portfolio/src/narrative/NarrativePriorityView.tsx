import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NarrativePriority } from '../../../../src/contract';
import { LAYER_LABELS } from '../../../shared';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { NarrativeSolutionView } from './NarrativeSolutionView';

const solutionStyle = xcss({ paddingInlineStart: 'space.200' });

const WHO: Record<NarrativePriority['layer'], string> = {
  executive: 'Their executives need to',
  'senior-manager': 'Their senior managers need to',
  user: 'Their people need to',
};

/** One priority and the solutions that answer it, told as customer value. */
export function NarrativePriorityView({ priority }: { priority: NarrativePriority }) {
  const { shown, showMore } = useShowMore(priority.solutions, 10);
  return (
    <Stack space="space.100">
      <Text as="p">
        <Text weight="semibold">
          {WHO[priority.layer]} {priority.title.charAt(0).toLowerCase() + priority.title.slice(1)}
        </Text>
        {' — '}
        {priority.outcome}
      </Text>
      {priority.solutions.length === 0 ? (
        <Box xcss={solutionStyle}>
          <Text color="color.text.warning">
            We do not answer this yet ({LAYER_LABELS[priority.layer].toLowerCase()} priority).
          </Text>
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
  );
}

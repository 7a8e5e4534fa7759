import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NarrativePriority } from '../../../../src/contract';
import { LAYER_LABELS, ReadinessBar } from '../../../shared';
import { SolutionEpics } from './SolutionEpics';

const solutionStyle = xcss({ paddingInlineStart: 'space.200' });

const WHO: Record<NarrativePriority['layer'], string> = {
  executive: 'Their executives need to',
  'senior-manager': 'Their senior managers need to',
  user: 'Their people need to',
};

/** One priority and the solutions that answer it, told as customer value. */
export function NarrativePriorityView({ priority }: { priority: NarrativePriority }) {
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
        priority.solutions.map((solution) => (
          <Box key={solution.solutionId} xcss={solutionStyle}>
            <Stack space="space.050">
              <Text as="p">
                <Text weight="semibold">{solution.name}:</Text> {solution.valueStatement}
              </Text>
              <Text size="small" color="color.text.subtle">
                Delivered together by{' '}
                {solution.productKeys.length ? solution.productKeys.join(', ') : 'no product yet'}.
              </Text>
              <ReadinessBar readiness={solution.readiness} />
              <SolutionEpics solutionId={solution.solutionId} name={solution.name} />
            </Stack>
          </Box>
        ))
      )}
    </Stack>
  );
}

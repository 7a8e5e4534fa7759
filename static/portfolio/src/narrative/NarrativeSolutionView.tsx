import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NarrativeSolution } from '../../../../src/contract';
import { ReadinessBar } from '../../../shared';
import { SolutionEpics } from './SolutionEpics';

const solutionStyle = xcss({ paddingInlineStart: 'space.200' });

/** One solution in the story: its value in the customer's words, who delivers it, how ready. */
export function NarrativeSolutionView({ solution }: { solution: NarrativeSolution }) {
  return (
    <Box xcss={solutionStyle}>
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
  );
}

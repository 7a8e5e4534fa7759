import ProgressBar from '@atlaskit/progress-bar';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NarrativeSolution } from '../../../../src/contract';
import { SolutionEpics } from './SolutionEpics';
import { deliveredBy, readinessLine } from './storyText';

const solutionStyle = xcss({ paddingInlineStart: 'space.200' });
const barWidth = xcss({ maxWidth: '240px' });

/** One solution in the story: its value in the customer's words, which products deliver it, how ready. */
export function NarrativeSolutionView({ solution }: { solution: NarrativeSolution }) {
  const readiness = readinessLine(solution);
  return (
    <Box xcss={solutionStyle}>
      <Stack space="space.050">
        <Text as="p">
          <Text weight="semibold">{solution.name}:</Text> {solution.valueStatement}
        </Text>
        <Text size="small" color="color.text.subtle">
          {deliveredBy(solution)}
        </Text>
        {solution.readiness.weakest !== null && (
          <Box xcss={barWidth}>
            <ProgressBar value={solution.readiness.weakest} ariaLabel={`Readiness: ${readiness}`} />
          </Box>
        )}
        <Text size="small" color="color.text.subtle">
          {readiness}
        </Text>
        <SolutionEpics solutionId={solution.solutionId} name={solution.name} />
      </Stack>
    </Box>
  );
}

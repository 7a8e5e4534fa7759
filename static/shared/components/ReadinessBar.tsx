import ProgressBar from '@atlaskit/progress-bar';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Readiness } from '../../../src/contract';
import { percent } from '../format';

const barWidth = xcss({ minWidth: '120px', maxWidth: '320px' });

/**
 * A solution is only as ready as its least-ready product, so the bar shows the weakest link
 * and the text puts the average beside it.
 */
export function ReadinessBar({ readiness }: { readiness: Readiness }) {
  if (readiness.weakest === null) {
    return <Text color="color.text.subtlest">No epics yet</Text>;
  }
  const weakestOf = readiness.weakestProjectKey ? ` (${readiness.weakestProjectKey})` : '';
  const summary = `Weakest ${percent(readiness.weakest)}${weakestOf} · average ${percent(readiness.average)}`;
  return (
    <Stack space="space.050">
      <Box xcss={barWidth}>
        <ProgressBar value={readiness.weakest} ariaLabel={`Readiness: ${summary}`} />
      </Box>
      <Text size="small" color="color.text.subtle">
        {summary}
      </Text>
    </Stack>
  );
}

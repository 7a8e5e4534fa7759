import ProgressBar from '@atlaskit/progress-bar';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Readiness } from '../../../src/contract';
import { percent } from '../format';

const barWidth = xcss({ minWidth: '120px', maxWidth: '320px' });

/**
 * A solution is only as ready as its least-ready product, so the bar shows the weakest link
 * and the text puts the average beside it. Given one number (one product's part in a solution,
 * as a matrix cell shows it), the bar shows that readiness alone.
 */
export function ReadinessBar({ readiness }: { readiness: Readiness | number }) {
  if (typeof readiness === 'number') {
    return <Bar value={readiness} summary={`${percent(readiness)} ready`} />;
  }
  if (readiness.weakest === null) {
    return <Text color="color.text.subtlest">No epics yet</Text>;
  }
  const weakestOf = readiness.weakestProjectKey ? ` (${readiness.weakestProjectKey})` : '';
  const summary = `Weakest ${percent(readiness.weakest)}${weakestOf} · average ${percent(readiness.average)}`;
  return <Bar value={readiness.weakest} summary={summary} />;
}

function Bar({ value, summary }: { value: number; summary: string }) {
  return (
    <Stack space="space.050">
      <Box xcss={barWidth}>
        <ProgressBar value={value} ariaLabel={`Readiness: ${summary}`} />
      </Box>
      <Text size="small" color="color.text.subtle">
        {summary}
      </Text>
    </Stack>
  );
}

import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { JobStatus } from '../../../src/contract';

const barWidth = xcss({ maxWidth: '480px' });
const count = (n: number) => n.toLocaleString('en');

/** One background job as people follow it: what it does, how far it is, and how it ended. */
export function JobProgress({ job }: { job: JobStatus }) {
  if (job.state === 'failed') {
    return (
      <SectionMessage appearance="error" title={`${job.label}: stopped`}>
        <Text>{job.message}</Text>
      </SectionMessage>
    );
  }
  if (job.state === 'done') {
    return (
      <SectionMessage appearance="success" title={`${job.label}: done`}>
        <Text>{job.message}</Text>
      </SectionMessage>
    );
  }
  const share = job.total ? Math.min(job.done / job.total, 1) : null;
  const so = job.total
    ? `${count(job.done)} of ${count(job.total)} ${job.unit}`
    : `${count(job.done)} ${job.unit} so far`;
  return (
    <Stack space="space.075">
      <Text weight="medium">
        {job.label}
        {job.stage ? `: ${job.stage}` : ''}…
      </Text>
      <Box xcss={barWidth}>
        {share === null ? (
          <ProgressBar isIndeterminate ariaLabel={`${job.label}: ${so}`} />
        ) : (
          <ProgressBar value={share} ariaLabel={`${job.label}: ${so}`} />
        )}
      </Box>
      <Text size="small" color="color.text.subtle">
        {so}
        {job.message ? ` · ${job.message}` : ''}
      </Text>
    </Stack>
  );
}

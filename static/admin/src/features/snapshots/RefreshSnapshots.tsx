import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { ErrorState, JobProgress, useJobs, useMutation } from '../../../../shared';

/**
 * Views are served from epic snapshots that Jira events and a daily job keep fresh; this
 * refreshes them all now, e.g. after a bulk change in Jira the events may not have covered. It
 * runs in the background: the page shows its progress, and it goes on if the page is closed.
 */
export function RefreshSnapshots() {
  const refresh = useMutation('admin.refreshSnapshots');
  const { jobs, refresh: askJobs } = useJobs();
  const latest = jobs.find((j) => j.kind === 'refresh' || j.kind === 'reconcile');
  const running = latest?.state === 'running';

  const run = async () => {
    if (await refresh.run({})) askJobs();
  };

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={() => void run()} isLoading={refresh.pending} isDisabled={running}>
          Refresh epic snapshots now
        </Button>
      </Inline>
      <Box role="status" aria-live="polite">
        {latest && <JobProgress job={latest} />}
      </Box>
      {refresh.error && <ErrorState error={refresh.error} onRetry={() => void run()} />}
    </Stack>
  );
}

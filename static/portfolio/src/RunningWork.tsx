import { Stack } from '@atlaskit/primitives';
import { useEffect } from 'react';
import { JobProgress, useJobs } from '../../shared';
import { usePortfolio } from './PortfolioContext';

/** A day: a failed job is worth a manager's attention that long, not forever. */
const FAILURES_SHOWN_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Background work while it runs (a refresh, a large delete, an import) with its progress, and a
 * job that failed lately. The page reloads when a job finishes, so its figures include the work.
 * `jobsStarted` moves on when this page starts a job: the banner asks at once, then while it runs.
 */
export function RunningWork({ jobsStarted }: { jobsStarted: number }) {
  const { reload } = usePortfolio();
  const { jobs, refresh } = useJobs(() => void reload());
  useEffect(() => {
    if (jobsStarted > 0) refresh();
  }, [jobsStarted, refresh]);
  const shown = jobs.filter(
    (j) =>
      j.state === 'running' ||
      (j.state === 'failed' && Date.now() - Date.parse(j.updatedAt) < FAILURES_SHOWN_FOR_MS),
  );
  if (shown.length === 0) return null;
  return (
    <Stack space="space.150" role="status" aria-live="polite" aria-label="Background work">
      {shown.map((job) => (
        <JobProgress key={job.id} job={job} />
      ))}
    </Stack>
  );
}

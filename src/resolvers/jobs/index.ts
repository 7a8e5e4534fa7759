import type { AsyncEvent } from '@forge/events';
import { createDeps, type Deps } from '../../deps';
import { define } from '../define';
import { runJobStep } from './run-step';
import { statusOf } from './start';

export { liveJob, startJob, statusOf } from './start';
export { everyLink, everyProject, changedEpics, type ReconcileArgs } from './refresh';

function createJobResolvers(deps: Deps) {
  return {
    // Every signed-in user may see what runs: labels name markets and solutions, never epics.
    'jobs.list': define('jobs.list', async () => (await deps.store.jobs.recent()).map(statusOf)),
  };
}

const deps = createDeps();
export const jobResolvers = createJobResolvers(deps);

/** The `job-steps` function (manifest.yml consumer on the `market-layer-jobs` queue). */
export async function handleJobEvent(event: AsyncEvent, _context?: unknown): Promise<void> {
  await runJobStep(deps, event);
}

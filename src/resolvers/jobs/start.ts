import type { JobKind, JobStatus } from '../../contract';
import type { Deps } from '../../deps';
import type { NewJob, StoredJob } from '../../store';

/**
 * A running job whose last step is this old has lost its chain (Forge retries a failed step
 * within minutes, at most every 15): it no longer stops another job of its kind from starting.
 */
const STALLED_AFTER_MS = 60 * 60 * 1000;

/** Records the job, then queues its first step. */
export async function startJob<C>(deps: Pick<Deps, 'store'>, job: NewJob<C>): Promise<StoredJob<C>> {
  const stored = await deps.store.jobs.start(job);
  await deps.store.jobs.enqueue({ jobId: stored.id, step: stored.step });
  return stored;
}

/** The live job of one of these kinds, if one runs: a second refresh would only repeat it. */
export async function liveJob(
  deps: Pick<Deps, 'store' | 'now'>,
  kinds: readonly JobKind[],
): Promise<StoredJob | undefined> {
  const recent = await deps.store.jobs.recent();
  return recent.find((job) => kinds.includes(job.kind) && isLive(job, deps.now()));
}

/** Running, and moved lately: a job whose chain broke stops counting after an hour. */
export function isLive(job: JobStatus, now: Date): boolean {
  return job.state === 'running' && now.getTime() - Date.parse(job.updatedAt) < STALLED_AFTER_MS;
}

/** What the pages see of a job: its status, never its cursor or arguments. */
export function statusOf(job: StoredJob): JobStatus {
  const { version: _version, step: _step, cursor: _cursor, args: _args, ...status } = job;
  return status;
}

import { fail, type JobKind } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredJob } from '../../store';
import { liveJob } from './start';

/**
 * An import replaces every record a step at a time; a refresh, reconcile or count writing
 * snapshots and counts of records it is removing (or a cascade deleting what it is writing)
 * would leave the market layer neither the backup nor the live data. So they never overlap:
 * whichever starts second is refused, naming what runs, and the daily reconcile skips a day.
 */
const BESIDE_IMPORT: readonly JobKind[] = ['refresh', 'reconcile', 'count', 'delete'];

type JobDeps = Pick<Deps, 'store' | 'now'>;

/** The import writing the market layer now, if one is. */
export const runningImport = (deps: JobDeps): Promise<StoredJob | undefined> => liveJob(deps, ['import']);

/** What a running job is, in words a CONFLICT can carry: its label, when it started and how far it is. */
export function describeJob(job: StoredJob): string {
  const progress = job.total !== null ? `${job.done} of ${job.total} ${job.unit}` : `${job.done} ${job.unit}`;
  return `“${job.label}” (started ${job.startedAt}, ${progress} so far)`;
}

/** CONFLICT while an import runs: `what` waits for it ("A full refresh"). */
export async function refuseDuringImport(deps: JobDeps, what: string): Promise<void> {
  const importing = await runningImport(deps);
  if (importing)
    fail(
      'CONFLICT',
      `${what} cannot start while an import is writing the market layer: ${describeJob(importing)}. Try again when it has finished.`,
    );
}

/** CONFLICT while a refresh, reconcile, count or cascading delete runs: an import waits for it. */
export async function refuseImportDuringJobs(deps: JobDeps): Promise<void> {
  const running = await liveJob(deps, BESIDE_IMPORT);
  if (running)
    fail(
      'CONFLICT',
      `An import cannot start while background work is running: ${describeJob(running)}. Try again when it has finished.`,
    );
}

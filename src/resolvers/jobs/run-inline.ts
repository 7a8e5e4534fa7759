import { fail } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredJob } from '../../store';
import { JOB_HANDLERS } from './handlers';
import { describe, failed, stoppedMessage } from './run-step';

/**
 * Runs a job's steps one after another inside the current call, for work small enough to finish
 * in it (the one-request import). A failure marks the job failed with what state the work is in,
 * and answers UNAVAILABLE with the same words: never "nothing was changed" after a partial write.
 */
export async function runToTheEnd(deps: Deps, job: StoredJob): Promise<StoredJob> {
  const handler = JOB_HANDLERS[job.kind];
  if (!handler) return fail('UNAVAILABLE', `This version of Market Layer cannot run “${job.kind}” jobs.`);
  let current = job;
  while (current.state === 'running') {
    try {
      const next = await handler.step(deps, current as StoredJob<never>);
      const moved = await deps.store.jobs.advance(current, next);
      if (!moved) fail('CONFLICT', 'Another run of this import moved it on first.');
      current = moved!;
    } catch (error) {
      const message = stoppedMessage(handler, current, 1, describe(error));
      await deps.store.jobs.advance(current, failed(current, message)).catch(() => undefined);
      return fail('UNAVAILABLE', message);
    }
  }
  return current;
}

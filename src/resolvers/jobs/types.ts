import type { Deps } from '../../deps';
import type { JobAdvance, StoredJob } from '../../store';

/**
 * One kind of background job: `step` does a bounded slice of the work (well inside the consumer's
 * time limit, even with Jira and storage slow) from the job's cursor and says where the next
 * slice resumes. A step may run twice (Forge retries a delivery it did not hear back from), so it
 * must be safe to repeat.
 */
export interface JobHandler<C> {
  step(deps: Deps, job: StoredJob<C>): Promise<JobAdvance<C>>;
  /** Added to the message of a job that stopped for good: what is left and how to finish it. */
  whenStopped?: string;
}

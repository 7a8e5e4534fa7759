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
  /**
   * What state the work is left in when the job stops after failing (from its cursor): a failed
   * request's own "nothing was changed" is true of that request, not of the steps before it.
   */
  stopped?(job: StoredJob<C>): string;
}

import type { DeletableType, CascadeProgress } from '../../store';
import type { JobHandler } from './types';

/** What a background delete is asked to delete (fixed when it starts). */
export interface DeleteArgs extends Record<string, unknown> {
  type: DeletableType;
  id: string;
}

export const firstDeleteCursor = (): CascadeProgress => ({ cleared: [], deleted: 0, updated: 0 });

/**
 * A cascading delete too large for one transaction (issue 8): the record was marked as being
 * deleted when the job started; each step removes a slice of what depends on it, leaf first
 * (src/store/cascade.ts), re-reading what is left, so a retried or repeated step is harmless.
 */
export const deleteJob: JobHandler<CascadeProgress> = {
  stopped: () =>
    'What was deleted stays deleted; the rest is kept, marked as being deleted. Delete it again to finish.',
  async step(deps, job) {
    const args = job.args as DeleteArgs;
    const { progress, stage, finished } = await deps.store.cascadeStep(
      args,
      job.id,
      job.startedBy ?? '',
      job.cursor,
    );
    const done = progress.deleted + progress.updated;
    const total = Math.max(job.total ?? 0, done);
    if (!finished) return { done, total, stage, cursor: progress };
    return {
      done,
      total: done,
      stage,
      cursor: progress,
      finished: { state: 'done', message: outcome(finished, progress) },
    };
  },
};

function outcome(finished: 'done' | 'gone' | 'taken-over', progress: CascadeProgress): string {
  if (finished === 'taken-over') return 'A newer run of this delete took over.';
  if (finished === 'gone' && progress.deleted === 0) return 'It was already deleted.';
  const solutions = progress.updated === 1 ? '1 solution' : `${progress.updated} solutions`;
  const kept = progress.updated > 0 ? ` · ${solutions} kept without the deleted priorities` : '';
  return `${progress.deleted} records deleted${kept}`;
}

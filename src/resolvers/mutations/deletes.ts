import type { DeleteResult, ParsedInput } from '../../contract';
import type { Deps } from '../../deps';
import type { IsVisible } from '../../domain';
import type { BackgroundDelete, StoredJob } from '../../store';
import type { Caller } from '../define';
import { firstDeleteCursor, type DeleteArgs } from '../jobs/delete';
import { isLive, statusOf } from '../jobs/start';

type DeletableType = 'market' | 'priority' | 'solution';

/**
 * Deletes a market, priority or solution. Without `cascade` the store refuses with CONFLICT,
 * listing the dependents and everything the cascade would do, so the UI can explain and offer
 * it; with it, everything the cascade reaches goes in ONE transaction when it fits, or else in a
 * background job that answers at once (`job`) and shows its progress on the portfolio page.
 * Asking again for a record being deleted answers its job, or resumes a job that stopped.
 */
export async function deleteRecord(
  deps: Pick<Deps, 'jira' | 'store' | 'now'>,
  type: DeletableType,
  input: ParsedInput<'market.delete'>,
  caller: Caller,
): Promise<DeleteResult> {
  const { id, version, cascade } = input;
  const options = {
    cascade,
    isVisible: type === 'solution' ? await epicVisibility(deps, id) : undefined,
  };
  const result =
    type === 'market'
      ? await deps.store.markets.delete(id, version, caller.accountId, options)
      : type === 'priority'
        ? await deps.store.priorities.delete(id, version, caller.accountId, options)
        : await deps.store.solutions.delete(id, version, caller.accountId, options);
  if (!result.background) return { deleted: result.deleted };
  const job = await backgroundDelete(deps, { type, id }, version, result.background, caller);
  return { deleted: [], job: statusOf(job) };
}

async function backgroundDelete(
  deps: Pick<Deps, 'store' | 'now'>,
  target: DeleteArgs,
  version: number,
  background: BackgroundDelete,
  caller: Caller,
): Promise<StoredJob> {
  if (background.markedBy) {
    const running = await deps.store.jobs.get(background.markedBy);
    if (running && isLive(running, deps.now())) return running;
  }
  const job = await deps.store.beginDelete(target.type, target.id, version, caller.accountId, {
    kind: 'delete',
    label: `Deleting ${background.label}`,
    unit: 'records',
    total: background.total,
    startedBy: caller.accountId,
    cursor: firstDeleteCursor(),
    args: target,
  });
  // Not queued: the record stays marked and the job says so; deleting it again starts it afresh.
  await deps.store.jobs.enqueue({ jobId: job.id, step: job.step }).catch(async (error: unknown) => {
    await deps.store.jobs
      .advance(job, {
        done: 0,
        cursor: job.cursor,
        finished: { state: 'failed', message: 'It could not be started. Delete it again to try once more.' },
      })
      .catch(() => undefined);
    throw error;
  });
  return job;
}

/**
 * A solution's dependents are linked epics: the CONFLICT names only those the caller may browse
 * (others as "an epic in a project you cannot view"), from one bulk check of those epics. The
 * caller's "Manage market layer" was checked before the payload was read (`defineManaged`).
 */
async function epicVisibility(deps: Pick<Deps, 'jira' | 'store'>, solutionId: string): Promise<IsVisible> {
  const contributions = await deps.store.contributions.listBySolution(solutionId);
  if (contributions.length === 0) return () => true;
  const { granted } = await deps.jira.checkPermissions({ issueIds: contributions.map((c) => c.epicId) });
  return (c) => granted.BROWSE_PROJECTS.issueIds.has(c.epicId);
}

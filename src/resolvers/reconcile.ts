import type { JobStatus } from '../contract';
import type { Deps } from '../deps';
import {
  changedEpics,
  describeJob,
  everyLink,
  everyProject,
  liveJob,
  runningImport,
  startJob,
  statusOf,
  type ReconcileArgs,
} from './jobs';

/** JQL compares minutes in the site's zone; this margin before the last start misses nothing. */
const MARGIN_MS = 60 * 60 * 1000;
/** Deleted epics leave no trace in a search; a full refresh this often catches any event missed. */
const FULL_REFRESH_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * The job's record carries the changed epic ids and the projects to recount (a KVS value holds
 * 240 KB). Past this many epics it refreshes every link instead; past this many projects it
 * counts every project, a page a step (a count costs about one point either way).
 */
const MAX_CHANGED_EPICS = 5_000;
const MAX_CHANGED_PROJECTS = 1_000;

/**
 * The daily reconcile (scheduledTrigger `daily-reconcile`). Issue events keep snapshots current;
 * this catches what an event missed, reading only what Jira changed since the last run: one
 * search for changed issues and their parents, then a background job (src/resolvers/jobs) that
 * refreshes the linked ones among them (the read model knows every linked epic id) in bulk, a
 * step at a time, and recounts the open epics of the projects where an epic itself changed. The
 * first run, a run after a week, or a day with more changes than that, refreshes every link and
 * counts every project (a deleted epic leaves no trace in a search: its event, or that weekly run,
 * catches it). The job moves the cursor when it finishes, so a failed run is covered by the next.
 */
export async function dailyReconcile(deps: Pick<Deps, 'jira' | 'store' | 'now'>): Promise<JobStatus | null> {
  // A refresh still running covers today; a second would only repeat it.
  if (await liveJob(deps, ['refresh', 'reconcile'])) return null;
  // An import is replacing the records: the next run catches up (its cursor has not moved).
  const importing = await runningImport(deps);
  if (importing)
    return skipped(
      deps,
      `Skipped: an import is writing the market layer, ${describeJob(importing)}. Tomorrow's run catches up.`,
    );
  const last = await deps.store.reconcileCursor.get();
  if (!last || deps.now().getTime() - Date.parse(last) >= FULL_REFRESH_AFTER_MS) return fullRefresh(deps);
  const settings = await deps.store.settings.get();
  const since = new Date(Date.parse(last) - MARGIN_MS);
  const [changed, linked] = await Promise.all([
    deps.jira.changedIssues(since, settings.epicIssueTypes, 'app'),
    deps.store.readModel.readLinkedEpicIds(),
  ]);
  if (changed.truncated) return fullRefresh(deps);
  const epicIds = [...changed.ids].filter((id) => linked.has(id));
  if (epicIds.length > MAX_CHANGED_EPICS) return fullRefresh(deps);
  const job = await startJob<ReturnType<typeof changedEpics>>(deps, {
    kind: 'reconcile',
    label: 'Daily reconcile: refreshing the linked epics Jira changed',
    unit: 'changed epics',
    total: epicIds.length,
    startedBy: null,
    cursor: changedEpics(epicIds),
    args: {
      projects: changed.epicProjects.length > MAX_CHANGED_PROJECTS ? null : changed.epicProjects,
    } satisfies ReconcileArgs,
  });
  return statusOf(job);
}

/**
 * A day the reconcile did not run, on record where the settings and portfolio pages list
 * background work (and in the log): a job finished as it starts, touching nothing.
 */
async function skipped(deps: Pick<Deps, 'store'>, message: string): Promise<JobStatus> {
  console.warn(`Daily reconcile: ${message}`);
  const job = await deps.store.jobs.start({
    kind: 'reconcile',
    label: 'Daily reconcile',
    unit: 'changed epics',
    total: 0,
    startedBy: null,
    cursor: null,
  });
  const finished = await deps.store.jobs.advance(job, {
    done: 0,
    cursor: null,
    finished: { state: 'done', message },
  });
  return statusOf(finished ?? job);
}

/** Every link and every project, as a background job; `startedBy` null: the app's own schedule. */
export async function fullRefresh(
  deps: Pick<Deps, 'store'>,
  startedBy: string | null = null,
): Promise<JobStatus> {
  const job = await startJob(deps, {
    kind: 'refresh',
    label: 'Refreshing every linked epic from Jira',
    unit: 'linked epics',
    total: null,
    startedBy,
    cursor: everyLink(),
  });
  return statusOf(job);
}

/** Every project's open epics counted (again), as a background job: never counted yet, or the epic issue types changed. */
export async function recountEveryProduct(
  deps: Pick<Deps, 'store'>,
  startedBy: string | null,
): Promise<JobStatus> {
  const job = await startJob(deps, {
    kind: 'count',
    label: 'Counting the open epics of every product in Jira',
    unit: 'products',
    total: null,
    startedBy,
    cursor: everyProject(),
  });
  return statusOf(job);
}

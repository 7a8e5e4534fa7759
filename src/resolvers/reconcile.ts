import type { Deps } from '../deps';
import { countProducts } from './portfolio/load';
import { contributionsOfEpics, reconcileAll, refreshContributions, type RefreshOutcome } from './snapshots';

/** JQL compares minutes in the site's zone; this margin before the last start misses nothing. */
const MARGIN_MS = 60 * 60 * 1000;
/** Deleted epics leave no trace in a search; a full refresh this often catches any event missed. */
const FULL_REFRESH_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The daily reconcile (scheduledTrigger `daily-reconcile`). Issue events keep snapshots current;
 * this catches what an event missed, reading only what Jira changed since the last run: one
 * search for changed issues and their parents, then the linked ones among them (the read
 * model knows every linked epic id), refreshed in bulk, and the open-epic counts of the projects
 * where an epic itself changed. The first run, a run after a week, or a day with more changes
 * than one search should follow, refreshes every link and counts every project (a deleted epic
 * leaves no trace in a search: its event, or that weekly run, catches it).
 */
export async function dailyReconcile(deps: Pick<Deps, 'jira' | 'store' | 'now'>): Promise<RefreshOutcome> {
  const startedAt = deps.now();
  const last = await deps.store.reconcileCursor.get();
  const outcome =
    last && startedAt.getTime() - Date.parse(last) < FULL_REFRESH_AFTER_MS
      ? await refreshChanged(deps, new Date(Date.parse(last) - MARGIN_MS))
      : await reconcileAll(deps);
  await deps.store.reconcileCursor.set(startedAt.toISOString());
  return outcome;
}

async function refreshChanged(
  deps: Pick<Deps, 'jira' | 'store' | 'now'>,
  since: Date,
): Promise<RefreshOutcome> {
  const settings = await deps.store.settings.get();
  const [changed, linked] = await Promise.all([
    deps.jira.changedIssues(since, settings.epicIssueTypes, 'app'),
    deps.store.readModel.readLinkedEpicIds(),
  ]);
  if (changed.truncated) return reconcileAll(deps);
  const epics = [...changed.ids].filter((id) => linked.has(id));
  const outcome = await refreshContributions(deps, await contributionsOfEpics(deps, epics));
  await countProducts(deps, settings, changed.epicProjects);
  return outcome;
}

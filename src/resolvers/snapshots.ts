import type { Contribution } from '../contract';
import type { Deps } from '../deps';

/** What a refresh did: snapshots rewritten or confirmed, contributions of deleted epics removed. */
export interface RefreshOutcome {
  refreshed: number;
  removed: number;
  /** Epics Jira failed on (retriable): left as they were, the next refresh tries again. */
  skipped: number;
}

/**
 * Epics per refresh step. Each step is about ceil(n/100) bulk fetches plus child searches
 * (src/jira/snapshots.ts), then the store writes; stepping bounds memory and lets most of a very
 * large portfolio be refreshed even if a late step fails.
 */
const REFRESH_STEP = 500;

/**
 * Brings the stored snapshots of these contributions up to date with Jira, read as the app
 * (triggers and the reconcile have no user; the app's project role sees every epic that exists):
 * - found: summary, status, due date, child progress, the estimate (when the settings name a
 *   field), and key/project when the epic moved;
 * - not found as the app: the epic was deleted, so its contributions are removed, recorded in the
 *   audit trail as the app's doing (accountId null);
 * - Jira failed on it: left alone, never mistaken for deleted.
 * Jira is asked in bulk, never once per epic.
 */
export async function refreshContributions(
  deps: Pick<Deps, 'jira' | 'store'>,
  contributions: readonly Contribution[],
): Promise<RefreshOutcome> {
  const outcome: RefreshOutcome = { refreshed: 0, removed: 0, skipped: 0 };
  const epicIds = [...new Set(contributions.map((c) => c.epicId))];
  if (epicIds.length === 0) return outcome;
  // The estimate field rides in the same bulk fetches and child searches (one settings read).
  const { estimateFieldId } = await deps.store.settings.get();
  for (let i = 0; i < epicIds.length; i += REFRESH_STEP) {
    const step = new Set(epicIds.slice(i, i + REFRESH_STEP));
    const { epics, missing, failed } = await deps.jira.snapshotsFor([...step], 'app', estimateFieldId);
    const changes = contributions
      .filter((c) => step.has(c.epicId) && epics.has(c.epicId))
      .map((c) => {
        const epic = epics.get(c.epicId)!;
        const { epicKey, projectId, projectKey, snapshot } = epic;
        return { contributionId: c.id, epicKey, projectId, projectKey, snapshot };
      });
    const written = await deps.store.updateSnapshots(changes);
    outcome.refreshed += written.updated + written.unchanged;
    for (const epicId of missing)
      outcome.removed += (await deps.store.removeContributionsForEpic(epicId)).length;
    outcome.skipped += contributions.filter((c) => failed.includes(c.epicId)).length;
  }
  return outcome;
}

/** The stored contributions of these epics (one index query per epic id). */
export async function contributionsOfEpics(
  deps: Pick<Deps, 'store'>,
  epicIds: readonly string[],
): Promise<Contribution[]> {
  const lists = await Promise.all([...new Set(epicIds)].map((id) => deps.store.contributions.listByEpic(id)));
  return lists.flat();
}

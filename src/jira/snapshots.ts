import { bulkFetch } from './bulk-fetch';
import { childProgress } from './child-progress';
import { epicEstimate } from './estimates';
import type { JiraRequest } from './transport';
import type { Actor, EpicRecord, JiraIssue, Unresolved } from './types';

export interface SnapshotsResult extends Unresolved {
  /** By epic id, for every epic found. */
  epics: Map<string, EpicRecord>;
}

export function toEpicRecord(
  issue: JiraIssue,
  children: EpicRecord['snapshot']['children'],
  estimate: number | null,
  refreshedAt: string,
): EpicRecord {
  return {
    epicId: issue.id,
    epicKey: issue.key,
    projectId: issue.projectId,
    projectKey: issue.projectKey,
    snapshot: {
      summary: issue.summary,
      statusName: issue.statusName,
      statusCategory: issue.statusCategory,
      dueDate: issue.dueDate,
      children,
      estimate,
      refreshedAt,
    },
  };
}

/**
 * What each epic looks like now, for the stored contribution snapshots: one bulk fetch per 100
 * epics, then one child search per 100 found epics (plus a page per 100 children). Epics Jira does
 * not return are in `missing`; those it failed on are in `failed` and must not be treated as gone.
 * With `estimateFieldId`, the same requests bring each epic's estimate (src/jira/estimates.ts).
 */
export async function snapshotsFor(
  request: JiraRequest,
  epicIds: readonly string[],
  as: Actor,
  now: () => Date,
  estimateFieldId: string | null = null,
): Promise<SnapshotsResult> {
  const { issues, missing, failed } = await bulkFetch(request, epicIds, as, estimateFieldId);
  const progress = await childProgress(
    request,
    issues.map((issue) => issue.id),
    as,
    estimateFieldId,
  );
  const refreshedAt = now().toISOString();
  const epics = new Map(
    issues.map((issue) => {
      const tally = progress.get(issue.id);
      const counts = tally?.counts ?? { total: 0, done: 0, inProgress: 0 };
      return [
        issue.id,
        toEpicRecord(issue, counts, epicEstimate(issue.estimate, tally?.estimate), refreshedAt),
      ];
    }),
  );
  return { epics, missing, failed };
}

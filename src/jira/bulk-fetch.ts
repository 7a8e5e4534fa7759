import { route } from '@forge/api';
import { JIRA_CONCURRENCY, mapLimit } from './concurrency';
import { withEstimate } from './estimates';
import { chunk, unique } from './jql';
import { bulkFetchSchema, ISSUE_FIELDS, toJiraIssue } from './schemas';
import type { JiraRequest } from './transport';
import type { Actor, JiraIssue, Unresolved } from './types';

/**
 * Bulk fetch takes at most 100 issues a request when fields are named
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post).
 */
const BULK_FETCH_SIZE = 100;

/**
 * The published bean says `issueErrors` holds retriable failures, yet Jira also lists issues that
 * do not exist or cannot be seen there, with this message. Those are `missing`; any other error is
 * `failed`, so a passing hiccup is never mistaken for a deleted epic.
 */
const NOT_VISIBLE = /does not exist or you do not have permission/i;

export interface BulkFetchResult extends Unresolved {
  issues: JiraIssue[];
}

/**
 * The issues with these ids or keys that `as` may see, one request per 100. Prefer ids: they
 * survive a move to another project, keys do not. Jira leaves out issues that do not exist or
 * cannot be seen without saying which, so `missing` is what was asked for and not returned.
 * With `estimateFieldId`, each issue's estimate comes in the same requests.
 */
export async function bulkFetch(
  request: JiraRequest,
  idsOrKeys: readonly string[],
  as: Actor,
  estimateFieldId: string | null = null,
): Promise<BulkFetchResult> {
  const wanted = unique(idsOrKeys.map((v) => v.trim()).filter((v) => v.length > 0));
  const pages = await mapLimit(chunk(wanted, BULK_FETCH_SIZE), JIRA_CONCURRENCY, (issueIdsOrKeys) =>
    request({
      as,
      method: 'POST',
      path: route`/rest/api/3/issue/bulkfetch`,
      body: { issueIdsOrKeys, fields: withEstimate(ISSUE_FIELDS, estimateFieldId) },
      what: 'epic details',
      schema: bulkFetchSchema,
    }),
  );
  const issues = pages.flatMap((page) => page.issues.map((issue) => toJiraIssue(issue, estimateFieldId)));
  const errors = pages.flatMap((page) => page.issueErrors);
  const failedIds = new Set(
    errors.filter((e) => !NOT_VISIBLE.test(e.errorMessage ?? '')).map((e) => e.id ?? ''),
  );
  const found = new Set(issues.flatMap((issue) => [issue.id, issue.key.toUpperCase()]));
  const failed = wanted.filter((v) => failedIds.has(v) && !found.has(v.toUpperCase()));
  const missing = wanted.filter((v) => !found.has(v.toUpperCase()) && !failedIds.has(v));
  return { issues, missing, failed };
}

import { bulkFetch } from './bulk-fetch';
import type { JiraRequest } from './transport';
import type { Actor, JiraIssue } from './types';

/**
 * An issue key is a project key (a letter, then letters, digits or underscores; "projectKey" of
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-post),
 * a hyphen and a number. Only a whole key counts: JQL has no "key starts with" operator, and a
 * prefix like "BILL-1" would mean guessing keys; words still find epics by summary.
 */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/i;

/** The issue key `text` is, upper-cased ("bill-19" → "BILL-19"), or null when it is not one. */
export function issueKeyOf(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return ISSUE_KEY.test(trimmed) ? trimmed.toUpperCase() : null;
}

export interface EpicKeyFilter {
  projectIds?: string[];
  issueTypes: string[];
  excludeDone?: boolean;
}

/**
 * The epic with this key as `as` sees it, or null. One bulk fetch, not `key = "X"` in JQL: Jira
 * answers 400 for a key that does not exist or that `as` may not see, which would fail the whole
 * search. Bulk fetch leaves such a key out instead, so "no such epic" and "not yours to see" are
 * the same empty answer. The filters the JQL would apply are applied here.
 */
export async function epicByKey(
  request: JiraRequest,
  key: string,
  filter: EpicKeyFilter,
  as: Actor,
): Promise<JiraIssue | null> {
  const { issues } = await bulkFetch(request, [key], as);
  const issue = issues[0];
  if (!issue) return null;
  const types = new Set(filter.issueTypes.map((t) => t.toLowerCase()));
  const isEpic = types.has(issue.issueTypeName.toLowerCase()) || types.has(issue.issueTypeId);
  const inProjects = !filter.projectIds || filter.projectIds.includes(issue.projectId);
  const open = !filter.excludeDone || issue.statusCategory !== 'done';
  return isEpic && inProjects && open ? issue : null;
}

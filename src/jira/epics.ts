import { route } from '@forge/api';
import { epicByKey, issueKeyOf } from './epic-key';
import { jqlList, jqlString, textSearchTerms } from './jql';
import { ISSUE_FIELDS, issueSchema, toJiraIssue } from './schemas';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import type { JiraRequest } from './transport';
import type { Actor, JiraIssue } from './types';

export interface EpicSearch {
  /**
   * Only these projects; omitted = every project the actor may browse, empty = none. Jira rejects
   * JQL naming a project the actor cannot browse, so pass only projects they can.
   */
  projectIds?: string[];
  /** Issue type names that count as epics (settings' `epicIssueTypes`); empty = nothing matches. */
  issueTypes: string[];
  /**
   * Words the summary must contain; Jira full-text operators are neutralised. A whole issue key
   * ("BILL-19") also finds that epic, first, when it passes the other filters.
   */
  text?: string;
  /** Leave out epics whose status category is done. */
  excludeDone?: boolean;
  /** Page size sent to Jira (1–100); default 100. */
  maxResults?: number;
  /** Most epics returned in all; default 1,000. `truncated` says whether more matched. */
  limit?: number;
}

export interface EpicSearchResult {
  issues: JiraIssue[];
  truncated: boolean;
}

function epicJql(search: Pick<EpicSearch, 'projectIds' | 'issueTypes' | 'text' | 'excludeDone'>): string {
  const clauses = [`issuetype in ${jqlList(search.issueTypes)}`];
  if (search.projectIds) clauses.push(`project in ${jqlList(search.projectIds)}`);
  if (search.excludeDone) clauses.push('statusCategory != Done');
  const terms = textSearchTerms(search.text ?? '');
  if (terms) clauses.push(`summary ~ ${jqlString(terms)}`);
  return `${clauses.join(' AND ')} ORDER BY key ASC`;
}

/**
 * Epics matching the filters, as `as` sees them, in key order; an epic whose key is the search
 * text comes first. One search, plus one bulk fetch in parallel when the text is an issue key.
 */
export async function searchEpics(
  request: JiraRequest,
  search: EpicSearch,
  as: Actor,
): Promise<EpicSearchResult> {
  if (search.issueTypes.length === 0 || search.projectIds?.length === 0)
    return { issues: [], truncated: false };
  const key = issueKeyOf(search.text);
  const limit = Math.max(1, search.limit ?? 1000);
  const [byKey, bySummary] = await Promise.all([
    key ? epicByKey(request, key, search, as) : null,
    searchAll(request, {
      as,
      jql: epicJql(search),
      fields: ISSUE_FIELDS,
      pageSize: Math.max(1, Math.min(search.maxResults ?? FIELDS_PAGE_SIZE, FIELDS_PAGE_SIZE)),
      limit,
      what: 'epics',
      issueSchema: issueSchema,
    }),
  ]);
  const issues = bySummary.issues.map((issue) => toJiraIssue(issue));
  if (!byKey) return { issues, truncated: bySummary.truncated };
  const merged = [byKey, ...issues.filter((issue) => issue.id !== byKey.id)];
  return { issues: merged.slice(0, limit), truncated: bySummary.truncated || merged.length > limit };
}

/** One issue by id or key; NOT_FOUND when it does not exist or `as` may not see it (Jira does not tell which). */
export async function getIssue(request: JiraRequest, idOrKey: string, as: Actor): Promise<JiraIssue> {
  const issue = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/issue/${idOrKey}?fields=${ISSUE_FIELDS.join(',')}`,
    // Neither message names the issue: the caller may be asking about one they may not see.
    what: 'this issue',
    schema: issueSchema,
    notFoundMessage: 'This issue does not exist, or you do not have permission to see it.',
  });
  return toJiraIssue(issue);
}

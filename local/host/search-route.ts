import type { JiraSite } from '../jira';

/** The columns of the host's issue search ("Filters"), as Jira's list view shows them. */
const FIELDS = ['summary', 'status', 'issuetype', 'project'];
const PAGE = 50;

interface Row {
  key: string;
  summary: string;
  status: string;
  type: string;
  project: string;
}

/**
 * The host page's JQL box: the same search a REST client gets (POST /rest/api/3/search/jql as
 * the chosen user, app JQL functions computed first), answered as rows, or Jira's error messages.
 */
export async function searchIssues(
  jira: JiraSite,
  jql: string,
  accountId: string,
): Promise<{ status: number; body: { issues: Row[]; more: boolean } | { errorMessages: string[] } }> {
  const answer = await jira.handleAsync({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql, fields: FIELDS, maxResults: PAGE },
    accountId,
  });
  if (answer.status !== 200) {
    const body = answer.body as { errorMessages?: string[] } | undefined;
    return { status: answer.status, body: { errorMessages: body?.errorMessages ?? ['The search failed.'] } };
  }
  const page = answer.body as {
    issues: { key: string; fields: Record<string, { name?: string } | string | undefined> }[];
    isLast: boolean;
  };
  const name = (value: { name?: string } | string | undefined) =>
    typeof value === 'object' && value ? (value.name ?? '') : '';
  return {
    status: 200,
    body: {
      issues: page.issues.map((issue) => ({
        key: issue.key,
        summary: String(issue.fields.summary ?? ''),
        status: name(issue.fields.status),
        type: name(issue.fields.issuetype),
        project: name(issue.fields.project),
      })),
      more: !page.isLast,
    },
  };
}

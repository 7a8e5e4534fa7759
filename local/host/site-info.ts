import type { JiraService } from '../types';

type Json = Record<string, unknown>;

/** Reads for the host page itself (not the app): the issue view and project epic lists, as the viewer. */
export function issueDetails(jira: JiraService, key: string, accountId: string): Json {
  const answer = jira.handle({
    method: 'GET',
    path: `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,status,issuetype,project,duedate`,
    accountId,
  });
  if (answer.status !== 200)
    return { error: 'This issue does not exist, or you do not have permission to see it.' };
  const issue = answer.body as { id: string; key: string; fields: Json };
  const fields = issue.fields as {
    summary: string;
    status: { name: string };
    issuetype: { name: string };
    project: { name: string };
    duedate: string | null;
  };
  const children = jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    accountId,
    body: { jql: `parent = ${issue.key} ORDER BY key`, fields: ['summary', 'status'], maxResults: 100 },
  });
  const childIssues = (
    (children.body as { issues?: { key: string; fields: { summary: string; status: { name: string } } }[] })
      .issues ?? []
  ).map((c) => ({ key: c.key, summary: c.fields.summary, status: c.fields.status.name }));
  return {
    key: issue.key,
    summary: fields.summary,
    status: fields.status.name,
    issueType: fields.issuetype.name,
    projectName: fields.project.name,
    dueDate: fields.duedate,
    children: childIssues,
  };
}

export function projectEpics(jira: JiraService, projectKey: string, accountId: string): Json {
  const answer = jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    accountId,
    body: {
      jql: `project = "${projectKey.replace(/"/g, '')}" AND issuetype = Epic ORDER BY key`,
      fields: ['summary'],
      maxResults: 100,
    },
  });
  if (answer.status !== 200) return { error: 'You do not have permission to browse this project.' };
  const issues = (
    (answer.body as { issues: { key: string; fields: { summary: string } }[] }).issues ?? []
  ).map((i) => ({ key: i.key, summary: i.fields.summary }));
  return { issues };
}

import type { ManifestModule } from '../runtime/manifest';
import type { JiraService } from '../types';
import { displays } from './display-conditions';

type Json = Record<string, unknown>;

/** The issue view's app modules, as Jira places them: the panel under the description, the context line beside the fields. */
const ISSUE_VIEW_MODULES = ['jira:issuePanel', 'jira:issueContext'];

/**
 * Reads for the host page itself (not the app): the issue view and project epic lists, as the
 * viewer. The issue view lists the app's issue-view modules whose display conditions hold for it.
 */
export function issueDetails(
  jira: JiraService,
  key: string,
  accountId: string,
  modules: readonly ManifestModule[] = [],
): Json {
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
    project: { id: string; key: string; name: string };
    duedate: string | null;
  };
  const facts = {
    issueId: issue.id,
    issueKey: issue.key,
    issueType: fields.issuetype.name,
    projectId: fields.project.id,
    projectKey: fields.project.key,
    // Jira evaluates entity property conditions itself, whatever the viewer's own permissions.
    property: (key: string) => {
      const found = jira.handle({
        method: 'GET',
        path: `/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
      });
      return found.status === 200 ? (found.body as { value: unknown }).value : undefined;
    },
  };
  const shown = modules
    .filter((m) => ISSUE_VIEW_MODULES.includes(m.type) && displays(m.raw.displayConditions, facts))
    .map((m) => ({ type: m.type, key: m.key, resource: m.resource, title: String(m.raw.title ?? m.key) }));
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
    modules: shown,
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

import type { Viewer } from '../permissions';
import type { SiteIssue } from '../site';
import type { SiteStore } from '../store';
import {
  issueTypeJson,
  jiraDateTime,
  projectJson,
  securityLevelJson,
  statusJson,
  userJson,
} from './entities';
import type { FieldSelection, IssueField } from './field-selection';

const EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

type Renderer = (store: SiteStore, issue: SiteIssue, viewer: Viewer) => unknown;

function userOrNull(store: SiteStore, accountId: string | undefined): unknown {
  const user = accountId === undefined ? undefined : store.usersById.get(accountId);
  return user ? userJson(store.baseUrl, user) : null;
}

function typeOf(store: SiteStore, issue: SiteIssue): unknown {
  const type = store.issueTypesById.get(issue.issueTypeId);
  return type ? issueTypeJson(store.baseUrl, type) : null;
}

function statusOf(store: SiteStore, issue: SiteIssue): unknown {
  const status = store.statusesById.get(issue.statusId);
  return status ? statusJson(store.baseUrl, status) : null;
}

/** The parent as Jira embeds it, or undefined when there is none the viewer may see. */
function parentOf(store: SiteStore, issue: SiteIssue, viewer: Viewer): unknown {
  const parent = issue.parentId === undefined ? undefined : store.byId(issue.parentId);
  if (!parent || !viewer.canSee(parent)) return undefined;
  return {
    id: parent.id,
    key: parent.key,
    self: `${store.baseUrl}/rest/api/3/issue/${parent.id}`,
    fields: { summary: parent.summary, status: statusOf(store, parent), issuetype: typeOf(store, parent) },
  };
}

const RENDERERS: Record<IssueField, Renderer> = {
  summary: (_s, i) => i.summary,
  issuetype: (s, i) => typeOf(s, i),
  status: (s, i) => statusOf(s, i),
  project: (s, i) => {
    const project = s.projectsById.get(i.projectId);
    return project ? projectJson(s.baseUrl, project) : null;
  },
  parent: (s, i, v) => parentOf(s, i, v),
  duedate: (_s, i) => i.duedate ?? null,
  created: (_s, i) => jiraDateTime(i.created),
  updated: (_s, i) => jiraDateTime(i.updated),
  assignee: (s, i) => userOrNull(s, i.assigneeAccountId),
  reporter: (s, i) => userOrNull(s, i.reporterAccountId),
  security: (s, i) => {
    const level = i.securityLevelId === undefined ? undefined : s.levelsById.get(i.securityLevelId);
    return level ? securityLevelJson(s.baseUrl, level) : null;
  },
  labels: (_s, i) => [...i.labels],
  description: (_s, i) => (i.description ? structuredClone(i.description) : null),
};

/** An IssueBean as Jira REST v3 returns it, limited to the selected fields and properties. */
export function issueJson(
  store: SiteStore,
  issue: SiteIssue,
  viewer: Viewer,
  selection: FieldSelection,
  propertyKeys: readonly string[] = [],
): Record<string, unknown> {
  const json: Record<string, unknown> = { id: issue.id };
  if (selection.withKey) {
    json.expand = EXPAND;
    json.self = `${store.baseUrl}/rest/api/3/issue/${issue.id}`;
    json.key = issue.key;
  }
  if (selection.fields.size > 0 || selection.custom.size > 0) {
    const fields: Record<string, unknown> = {};
    for (const field of selection.fields) {
      const value = RENDERERS[field](store, issue, viewer);
      // Jira leaves `parent` out entirely for an issue without one.
      if (value !== undefined) fields[field] = value;
    }
    // An empty custom field is null, as Jira answers a field asked for by id.
    for (const id of selection.custom) fields[id] = issue.customFields?.[id] ?? null;
    json.fields = fields;
  }
  if (propertyKeys.length > 0) {
    const properties: Record<string, unknown> = {};
    for (const key of propertyKeys) {
      if (issue.properties && key in issue.properties)
        properties[key] = structuredClone(issue.properties[key]);
    }
    json.properties = properties;
  }
  return json;
}

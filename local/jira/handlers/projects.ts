import { jiraError, ok } from '../http';
import type { PermissionModel } from '../permissions';
import { jiraDateTime, projectJson, userJson } from '../render/entities';
import { splitList } from '../render/field-selection';
import type { SiteProject } from '../site';
import type { SiteStore } from '../store';
import type { Handler } from './context';

/** GET /rest/api/3/project/search: maxResults above 100 is served as 100; 50 by default. */
const DEFAULT_PAGE = 50;
const MAX_PAGE = 100;

type Action = 'view' | 'browse' | 'edit' | 'create';

function allowed(
  permissions: PermissionModel,
  accountId: string | undefined,
  action: Action,
  projectId: string,
) {
  const has = (p: string) => permissions.hasProjectPermission(accountId, p, projectId);
  const admin = permissions.hasGlobal(accountId, 'ADMINISTER');
  switch (action) {
    case 'browse':
      return has('BROWSE_PROJECTS');
    case 'edit':
      return admin || has('ADMINISTER_PROJECTS');
    case 'create':
      return has('CREATE_ISSUES');
    default:
      return admin || has('BROWSE_PROJECTS') || has('ADMINISTER_PROJECTS');
  }
}

function compareBy(orderBy: string): (a: SiteProject, b: SiteProject) => number {
  const descending = orderBy.startsWith('-');
  const field = orderBy.replace(/^[+-]/, '');
  const read = (p: SiteProject) => (field === 'name' ? p.name : p.key);
  return (a, b) => (descending ? -1 : 1) * read(a).localeCompare(read(b));
}

function projectWithExpand(
  store: SiteStore,
  project: SiteProject,
  expand: string[],
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectJson(store.baseUrl, project),
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
  if (expand.includes('description')) json.description = project.description ?? '';
  const lead = store.usersById.get(project.leadAccountId);
  if (expand.includes('lead') && lead) json.lead = userJson(store.baseUrl, lead);
  if (expand.includes('insight')) {
    const ids = [...store.idsInProject(project.id)];
    const last = ids
      .map((id) => store.byId(id)?.updated ?? '')
      .sort()
      .pop();
    json.insight = { totalIssueCount: ids.length, ...(last && { lastIssueUpdateTime: jiraDateTime(last) }) };
  }
  return json;
}

export const searchProjects: Handler = (ctx, { query, accountId }) => {
  const startAt = Number(query.get('startAt') ?? 0);
  const requested = Number(query.get('maxResults') ?? DEFAULT_PAGE);
  if (!Number.isInteger(startAt) || startAt < 0 || !Number.isInteger(requested) || requested < 0) {
    return jiraError(400, 'startAt and maxResults must be non-negative integers.');
  }
  const maxResults = Math.min(requested, MAX_PAGE);
  const keys = new Set(splitList(query.getAll('keys')).map((k) => k.toUpperCase()));
  const ids = new Set(splitList(query.getAll('id')));
  const text = (query.get('query') ?? '').toLowerCase();
  const action = (query.get('action') ?? 'view') as Action;
  const expand = splitList(query.getAll('expand'));
  const matching = ctx.store.data.projects
    .filter((p) => keys.size === 0 || keys.has(p.key.toUpperCase()))
    .filter((p) => ids.size === 0 || ids.has(p.id))
    .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .filter((p) => allowed(ctx.permissions, accountId, action, p.id))
    .sort(compareBy(query.get('orderBy') ?? 'key'));
  const page = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + maxResults >= matching.length;
  const self = (at: number) =>
    `${ctx.store.baseUrl}/rest/api/3/project/search?maxResults=${maxResults}&startAt=${at}`;
  return ok({
    self: self(startAt),
    ...(!isLast && { nextPage: self(startAt + maxResults) }),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: page.map((p) => projectWithExpand(ctx.store, p, expand)),
  });
};

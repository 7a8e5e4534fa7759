import type { EmulatorResponse, JiraRequest } from '../types';
import type { Handler, SiteContext } from './handlers/context';
import { bulkDeleteIssueProperty, bulkSetIssueProperties } from './handlers/bulk-properties';
import { getTask } from './handlers/tasks';
import { bulkFetch, getIssue } from './handlers/issues';
import { myPermissions } from './handlers/my-permissions';
import { myself } from './handlers/myself';
import { listIssueTypes, searchUsers } from './handlers/directory';
import { listFields } from './handlers/fields';
import { permissionsCheck } from './handlers/permissions-check';
import { getPrecomputations, updatePrecomputations } from './handlers/precomputations';
import { searchProjects } from './handlers/projects';
import {
  deleteIssueProperty,
  getIssueProperty,
  listIssueProperties,
  setIssueProperty,
} from './handlers/properties';
import { approximateCount, searchJql } from './handlers/search';
import { jiraError, parsePath } from './http';

interface Route {
  pattern: RegExp;
  /** Names of the pattern's capture groups, in order. */
  params: string[];
  methods: Record<string, Handler>;
}

function route(template: string, methods: Record<string, Handler>): Route {
  const params: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), params, methods };
}

const API = '/rest/api/3';
// Literal paths first: `/issue/bulkfetch` must not be read as an issue key.
const ROUTES: Route[] = [
  route(`${API}/search/jql`, { GET: searchJql, POST: searchJql }),
  route(`${API}/search/approximate-count`, { POST: approximateCount }),
  route(`${API}/issue/bulkfetch`, { POST: bulkFetch }),
  route(`${API}/issue/properties/multi`, { POST: bulkSetIssueProperties }),
  route(`${API}/issue/properties/{propertyKey}`, { DELETE: bulkDeleteIssueProperty }),
  route(`${API}/task/{taskId}`, { GET: getTask }),
  route(`${API}/issue/{issueIdOrKey}`, { GET: getIssue }),
  route(`${API}/issue/{issueIdOrKey}/properties`, { GET: listIssueProperties }),
  route(`${API}/issue/{issueIdOrKey}/properties/{propertyKey}`, {
    GET: getIssueProperty,
    PUT: setIssueProperty,
    DELETE: deleteIssueProperty,
  }),
  route(`${API}/project/search`, { GET: searchProjects }),
  route(`${API}/myself`, { GET: myself }),
  route(`${API}/issuetype`, { GET: listIssueTypes }),
  route(`${API}/field`, { GET: listFields }),
  route(`${API}/user/search`, { GET: searchUsers }),
  route(`${API}/mypermissions`, { GET: myPermissions }),
  route(`${API}/permissions/check`, { POST: permissionsCheck }),
  route(`${API}/jql/function/computation`, { GET: getPrecomputations, POST: updatePrecomputations }),
];

/** Dispatches one REST request to its handler, answering unknown paths as Jira does. */
export function dispatch(ctx: SiteContext, request: JiraRequest): EmulatorResponse {
  const { pathname, query } = parsePath(request.path);
  const method = request.method.toUpperCase();
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    const handler = candidate.methods[method];
    if (!handler) return { ...jiraError(405, `Method ${method} is not allowed for ${pathname}.`) };
    const params = Object.fromEntries(
      candidate.params.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
    );
    return handler(ctx, { method, query, body: request.body, accountId: request.accountId, params });
  }
  return jiraError(404, `null for uri: ${ctx.store.baseUrl}${pathname}`);
}

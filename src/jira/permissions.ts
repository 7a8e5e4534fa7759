import { getAppContext, route } from '@forge/api';
import { JIRA_CONCURRENCY, mapLimit } from './concurrency';
import { chunk, unique } from './jql';
import { permissionGrantsSchema } from './schemas';
import type { JiraRequest } from './transport';
import type { GrantedScope, PermissionCheckResult, ProjectPermissionKey } from './types';

/** The `jira:globalPermission` module key in manifest.yml. */
const MANAGE_PERMISSION_MODULE_KEY = 'manage-market-layer';

/**
 * "A maximum of 1000 projects and 1000 issues can be checked" per request
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-permissions-check-post).
 */
const PERMISSION_CHECK_SIZE = 1000;

export interface PermissionQuery {
  /** Issue ids (digits); keys are not accepted by Jira here and count as not granted. */
  issueIds?: readonly string[];
  projectIds?: readonly string[];
  /** Default: both BROWSE_PROJECTS and EDIT_ISSUES. */
  permissions?: readonly ProjectPermissionKey[];
  /** Extra global permission keys to check, e.g. `ADMINISTER`. */
  globalPermissions?: readonly string[];
}

/**
 * Jira keys an app's custom global permission by an extension ARI built from the app and
 * environment ids. `getAppContext()` gives them wrapped in ARIs; `appAri.appId` and
 * `environmentAri.environmentId` are the raw ids (see @forge/api out/api/ari.js).
 */
function manageMarketLayerPermissionKey(): string {
  const { appAri, environmentAri } = getAppContext();
  return `ari:cloud:ecosystem::extension/${appAri.appId}/${environmentAri.environmentId}/static/${MANAGE_PERMISSION_MODULE_KEY}`;
}

const numericIds = (ids: readonly string[] | undefined) =>
  unique((ids ?? []).filter((id) => /^\d+$/.test(id)));

/**
 * What the invoking user may do, in one request per 1,000 issues or projects. Always runs as the
 * user: the account is the invocation's, never one named in a payload.
 */
export async function checkPermissions(
  request: JiraRequest,
  query: PermissionQuery,
): Promise<PermissionCheckResult> {
  const permissions = unique(query.permissions ?? ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  const manageKey = manageMarketLayerPermissionKey();
  const globals = unique([manageKey, ...(query.globalPermissions ?? [])]);
  const issueChunks = chunk(numericIds(query.issueIds), PERMISSION_CHECK_SIZE);
  const projectChunks = chunk(numericIds(query.projectIds), PERMISSION_CHECK_SIZE);
  const calls = Math.max(issueChunks.length, projectChunks.length, 1);

  const answers = await mapLimit([...Array(calls).keys()], JIRA_CONCURRENCY, (i) => {
    const issues = (issueChunks[i] ?? []).map(Number);
    const projects = (projectChunks[i] ?? []).map(Number);
    const scoped = issues.length > 0 || projects.length > 0;
    return request({
      as: 'user',
      method: 'POST',
      path: route`/rest/api/3/permissions/check`,
      body: {
        // Global permissions do not depend on the chunk: ask once.
        ...(i === 0 ? { globalPermissions: globals } : {}),
        ...(scoped ? { projectPermissions: [{ permissions, issues, projects }] } : {}),
      },
      what: 'your permissions',
      schema: permissionGrantsSchema,
    });
  });

  const empty = (): GrantedScope => ({ issueIds: new Set(), projectIds: new Set() });
  const granted: Record<ProjectPermissionKey, GrantedScope> = {
    BROWSE_PROJECTS: empty(),
    EDIT_ISSUES: empty(),
  };
  const globalPermissions = new Set<string>();
  for (const answer of answers) {
    answer.globalPermissions.forEach((key) => globalPermissions.add(key));
    for (const grant of answer.projectPermissions) {
      const scope = granted[grant.permission as ProjectPermissionKey];
      if (!scope || !permissions.includes(grant.permission as ProjectPermissionKey)) continue;
      grant.issues.forEach((id) => scope.issueIds.add(id));
      grant.projects.forEach((id) => scope.projectIds.add(id));
    }
  }
  return { granted, globalPermissions, canManageMarketLayer: globalPermissions.has(manageKey) };
}

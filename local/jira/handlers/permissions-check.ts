import { BadRequest, isRecord, jiraError, ok, rejectUnknownProperties, stringList } from '../http';
import type { Handler, SiteContext } from './context';

/** POST /rest/api/3/permissions/check checks at most 1000 projects and 1000 issues. */
const MAX_PROJECTS = 1000;
const MAX_ISSUES = 1000;

interface Grant {
  permission: string;
  projects: Set<number>;
  issues: Set<number>;
}

function idList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new BadRequest(`The field '${field}' must be a list of ids.`);
  // Null entries are ignored, as the endpoint documents.
  return value.filter((v) => v !== null).map((v) => String(v));
}

function check(ctx: SiteContext, target: string | undefined, body: Record<string, unknown>) {
  const { store, permissions } = ctx;
  const globalKeys = (stringList(body.globalPermissions, 'globalPermissions') ?? []).filter(
    (k) => k !== null,
  );
  for (const key of globalKeys) {
    if (!permissions.globalDefinition(key)) throw new BadRequest(`Unrecognized global permission: '${key}'.`);
  }
  const grants = new Map<string, Grant>();
  const entries = body.projectPermissions ?? [];
  if (!Array.isArray(entries)) throw new BadRequest("The field 'projectPermissions' must be a list.");
  let projectCount = 0;
  let issueCount = 0;
  for (const entry of entries) {
    if (!isRecord(entry)) throw new BadRequest('Each project permission entry must be an object.');
    const keys = (stringList(entry.permissions, 'permissions') ?? []).filter((k) => k !== '');
    if (keys.length === 0) throw new BadRequest('At least one project permission is required.');
    const projectIds = idList(entry.projects, 'projects');
    const issueIds = idList(entry.issues, 'issues');
    projectCount += projectIds.length;
    issueCount += issueIds.length;
    if (projectCount > MAX_PROJECTS || issueCount > MAX_ISSUES) {
      throw new BadRequest(`At most ${MAX_PROJECTS} projects and ${MAX_ISSUES} issues can be checked.`);
    }
    for (const key of keys) {
      if (!permissions.projectDefinition(key))
        throw new BadRequest(`Unrecognized project permission: '${key}'.`);
      const grant = grants.get(key) ?? { permission: key, projects: new Set(), issues: new Set() };
      grants.set(key, grant);
      for (const id of projectIds) {
        if (permissions.hasProjectPermission(target, key, id)) grant.projects.add(Number(id));
      }
      for (const id of issueIds) {
        const issue = store.byId(id);
        if (issue && permissions.hasIssuePermission(target, key, issue)) grant.issues.add(Number(id));
      }
    }
  }
  return {
    globalPermissions: globalKeys.filter((k) => permissions.hasGlobal(target, k)),
    projectPermissions: [...grants.values()].map((g) => ({
      permission: g.permission,
      projects: [...g.projects],
      issues: [...g.issues],
    })),
  };
}

/**
 * Checking another account needs Administer Jira, or the app itself (asApp), as documented for
 * POST /rest/api/3/permissions/check.
 */
export const permissionsCheck: Handler = (ctx, { body, accountId }) => {
  try {
    const request = body ?? {};
    if (!isRecord(request)) throw new BadRequest('The request body must be a JSON object.');
    rejectUnknownProperties(request, ['accountId', 'globalPermissions', 'projectPermissions']);
    const other =
      typeof request.accountId === 'string' && request.accountId !== '' ? request.accountId : undefined;
    if (other !== undefined && other !== accountId) {
      if (accountId !== undefined && !ctx.permissions.hasGlobal(accountId, 'ADMINISTER')) {
        return jiraError(403, "You don't have permission to check the permissions of other users.");
      }
      if (!ctx.store.usersById.has(other))
        return jiraError(400, `The user with account ID '${other}' does not exist.`);
    }
    return ok(check(ctx, other ?? accountId, request));
  } catch (error) {
    if (error instanceof BadRequest) return jiraError(400, error.message);
    throw error;
  }
};

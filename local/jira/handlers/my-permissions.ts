import { ISSUE_NOT_FOUND, jiraError, ok } from '../http';
import { splitList } from '../render/field-selection';
import type { SiteIssue, SiteProject } from '../site';
import type { Handler } from './context';

/**
 * GET /rest/api/3/mypermissions: project permissions are answered for the issue, else the
 * project, else "in any project" (the global context), as the endpoint documents.
 */
export const myPermissions: Handler = (ctx, { query, accountId }) => {
  const { store, permissions } = ctx;
  const keys = splitList(query.getAll('permissions'));
  if (keys.length === 0) return jiraError(400, "The 'permissions' query parameter is required.");
  const viewer = permissions.viewer(accountId);

  let issue: SiteIssue | undefined;
  const issueRef = query.get('issueId') ?? query.get('issueKey');
  if (issueRef !== null) {
    issue = store.find(issueRef);
    if (!issue || !viewer.canSee(issue)) return jiraError(404, ISSUE_NOT_FOUND);
  }
  let project: SiteProject | undefined;
  const projectId = query.get('projectId');
  const projectKey = query.get('projectKey');
  if (projectId !== null || projectKey !== null) {
    project =
      projectId !== null
        ? store.projectsById.get(projectId)
        : store.projectsByKey.get(projectKey!.toUpperCase());
    if (!project || !viewer.canBrowseProject(project.id)) {
      return jiraError(
        404,
        `No project could be found with ${projectId !== null ? 'id' : 'key'} '${projectId ?? projectKey}'.`,
      );
    }
  }

  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const global = permissions.globalDefinition(key);
    const definition = global ?? permissions.projectDefinition(key);
    if (!definition) return jiraError(400, `The permission key '${key}' is not valid.`);
    let have: boolean;
    if (global) have = permissions.hasGlobal(accountId, key);
    else if (issue) have = permissions.hasIssuePermission(accountId, key, issue);
    else if (project) have = permissions.hasProjectPermission(accountId, key, project.id);
    else have = store.data.projects.some((p) => permissions.hasProjectPermission(accountId, key, p.id));
    result[key] = { ...definition, havePermission: have };
  }
  return ok({ permissions: result });
};

import { fail, type Settings } from '../contract';
import type { Deps } from '../deps';
import type { Caller } from './define';

/** What the viewer of one call may do, from ONE bulk permission check (never one request per epic). */
export interface ViewerAccess {
  accountId: string;
  /** Holds the app's "Manage market layer" global permission, or is listed in settings.extraEditorAccountIds. */
  canManage: boolean;
  canBrowseIssue(issueId: string): boolean;
  canBrowseProject(projectId: string): boolean;
  /** Edit permission on the issue (and may see it: Jira's issue security hides it otherwise). */
  canEditIssue(issueId: string): boolean;
  canEditProject(projectId: string): boolean;
}

export interface AccessQuery {
  /** Issue ids (digits) to check BROWSE_PROJECTS and EDIT_ISSUES on; ask for all of them at once. */
  issueIds?: readonly string[];
  projectIds?: readonly string[];
  /** Pass the settings (or their coming read) when the caller loads them anyway; else they are read from the store. */
  settings?: Pick<Settings, 'extraEditorAccountIds'> | Promise<Pick<Settings, 'extraEditorAccountIds'>>;
}

/**
 * The viewer's permissions for this call: one `POST /rest/api/3/permissions/check` per 1,000 issues
 * or projects, as the user (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-permissions-check-post).
 * Issues and projects not asked about count as not granted, so ask for everything the response
 * might show.
 */
export async function viewerAccess(
  caller: Caller,
  deps: Pick<Deps, 'jira' | 'store'>,
  query: AccessQuery = {},
): Promise<ViewerAccess> {
  const [result, settings] = await Promise.all([
    deps.jira.checkPermissions({ issueIds: query.issueIds, projectIds: query.projectIds }),
    query.settings ?? deps.store.settings.get(),
  ]);
  const { BROWSE_PROJECTS: browse, EDIT_ISSUES: edit } = result.granted;
  return {
    accountId: caller.accountId,
    canManage: result.canManageMarketLayer || settings.extraEditorAccountIds.includes(caller.accountId),
    canBrowseIssue: (id) => browse.issueIds.has(id),
    canBrowseProject: (id) => browse.projectIds.has(id),
    canEditIssue: (id) => edit.issueIds.has(id) && browse.issueIds.has(id),
    canEditProject: (id) => edit.projectIds.has(id) && browse.projectIds.has(id),
  };
}

/** Creating and editing markets, priorities, solutions, products and settings. */
export function requireManage(access: ViewerAccess): void {
  if (access.canManage) return;
  fail(
    'FORBIDDEN',
    'Only people with the Jira permission "Manage market layer" can change the market layer. Ask your Jira administrator for it.',
  );
}

/**
 * Linking or unlinking an epic: "Manage market layer", or permission to edit that epic.
 * One message whether the epic exists, is hidden by issue security or is merely not editable:
 * a distinct answer would let someone probe which issue ids exist in projects they cannot see.
 */
export function requireLink(access: ViewerAccess, issueId: string): void {
  if (access.canManage || access.canEditIssue(issueId)) return;
  fail(
    'FORBIDDEN',
    'To link or unlink this epic you need permission to edit it, or the Jira permission "Manage market layer".',
  );
}

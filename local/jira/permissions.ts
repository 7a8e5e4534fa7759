import { GLOBAL_PERMISSIONS, PROJECT_PERMISSIONS, type PermissionDefinition } from './permission-catalog';
import { appGlobalPermissionKey, type Grantee, type SiteIssue, type SiteUser } from './site';
import type { SiteStore } from './store';

/** Custom app global permissions are granted to Jira administrators unless the site says otherwise. */
const DEFAULT_APP_PERMISSION_GROUP = 'jira-administrators';

function matches(grantee: Grantee, user: SiteUser): boolean {
  return grantee.kind === 'user' ? grantee.accountId === user.accountId : user.groups.includes(grantee.group);
}

/**
 * Who may do what on the site. `accountId` undefined is the app (`asApp()`), which this
 * emulator lets browse and act on every project (the app's project-access role in Jira) but
 * holds no global permission.
 */
export class PermissionModel {
  constructor(private readonly store: SiteStore) {}

  user(accountId: string): SiteUser | undefined {
    return this.store.usersById.get(accountId);
  }

  /** Built-in global keys and the site app's custom permission ARIs. */
  globalDefinition(key: string): PermissionDefinition | undefined {
    const builtIn = GLOBAL_PERMISSIONS.get(key);
    if (builtIn) return builtIn;
    const app = this.store.data.app;
    const custom = app?.globalPermissionKeys.find((k) => appGlobalPermissionKey(app, k) === key);
    return custom === undefined
      ? undefined
      : { id: key, key, name: custom, type: 'GLOBAL', description: custom };
  }

  projectDefinition(key: string): PermissionDefinition | undefined {
    return PROJECT_PERMISSIONS.get(key);
  }

  hasGlobal(accountId: string | undefined, permission: string): boolean {
    const user = accountId === undefined ? undefined : this.user(accountId);
    if (!user?.active) return false;
    const grants = this.store.data.globalGrants.filter((g) => g.permission === permission);
    if (
      grants.length === 0 &&
      GLOBAL_PERMISSIONS.get(permission) === undefined &&
      this.globalDefinition(permission)
    )
      return user.groups.includes(DEFAULT_APP_PERMISSION_GROUP);
    return grants.some((g) => matches(g.grantee, user));
  }

  hasProjectPermission(accountId: string | undefined, permission: string, projectId: string): boolean {
    if (!this.store.projectsById.has(projectId)) return false;
    if (accountId === undefined) return true;
    const user = this.user(accountId);
    if (!user?.active) return false;
    return this.store.data.projectGrants.some(
      (g) =>
        g.permission === permission &&
        (g.projectIds === undefined || g.projectIds.includes(projectId)) &&
        matches(g.grantee, user),
    );
  }

  /** Issue-level security: a secured issue is visible only to its level's members. */
  passesIssueSecurity(accountId: string | undefined, issue: SiteIssue): boolean {
    if (accountId === undefined || issue.securityLevelId === undefined) return true;
    const user = this.user(accountId);
    const level = this.store.levelsById.get(issue.securityLevelId);
    return !!user && !!level && level.members.some((m) => matches(m, user));
  }

  /** A project permission on one issue: the project grant, and the issue must be visible. */
  hasIssuePermission(accountId: string | undefined, permission: string, issue: SiteIssue): boolean {
    return (
      this.hasProjectPermission(accountId, permission, issue.projectId) &&
      this.passesIssueSecurity(accountId, issue)
    );
  }

  /** A per-request view of what one account may browse, with O(1) checks per issue. */
  viewer(accountId: string | undefined): Viewer {
    const browsable = new Set(
      this.store.data.projects
        .filter((p) => this.hasProjectPermission(accountId, 'BROWSE_PROJECTS', p.id))
        .map((p) => p.id),
    );
    return {
      accountId,
      canBrowseProject: (projectId) => browsable.has(projectId),
      canSee: (issue) => browsable.has(issue.projectId) && this.passesIssueSecurity(accountId, issue),
    };
  }
}

export interface Viewer {
  accountId: string | undefined;
  canBrowseProject(projectId: string): boolean;
  canSee(issue: SiteIssue): boolean;
}

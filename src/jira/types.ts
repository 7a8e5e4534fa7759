import type { EpicSnapshot, StatusCategory } from '../contract';

/**
 * Who a Jira request runs as. `user` is the person whose invocation this is (Forge takes the
 * account from the runtime, never from a payload); `app` is the app itself, for triggers and the
 * daily reconcile, which sees every project the app's role may browse.
 */
export type Actor = 'user' | 'app';

/** The issue fields Market Layer reads, flattened from Jira's IssueBean. */
export interface JiraIssue {
  id: string;
  key: string;
  summary: string;
  statusName: string;
  statusCategory: StatusCategory;
  /** `yyyy-mm-dd`, or null when the issue has no due date. */
  dueDate: string | null;
  projectId: string;
  projectKey: string;
  /** The project's name as Jira has it now: what a product is called until someone names it. */
  projectName: string;
  issueTypeId: string;
  issueTypeName: string;
  /** The parent issue's id (an epic's parent, e.g. an initiative), or null. */
  parentId: string | null;
  /** Its value in the estimate field asked for (src/jira/estimates.ts); null when empty or not asked. */
  estimate: number | null;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
}

/** Child issues of one epic by status category; `inProgress` = category "indeterminate". */
export interface ChildCounts {
  total: number;
  done: number;
  inProgress: number;
}

/** An epic as Market Layer stores it: where it lives and what it looked like just now. */
export interface EpicRecord {
  epicId: string;
  epicKey: string;
  projectId: string;
  projectKey: string;
  snapshot: EpicSnapshot;
}

/** Ids (or keys) asked for that Jira did not return, split by why. */
export interface Unresolved {
  /** Not found, or not visible to the actor: deleted, moved out of reach, or secured. */
  missing: string[];
  /** Jira reported a (retriable) error for these: do not treat them as deleted, try again later. */
  failed: string[];
}

/** The project permissions Market Layer checks. */
export type ProjectPermissionKey = 'BROWSE_PROJECTS' | 'EDIT_ISSUES';

export interface GrantedScope {
  issueIds: Set<string>;
  projectIds: Set<string>;
}

export interface PermissionCheckResult {
  /** For each permission asked for (others are empty): the issues and projects it holds on. */
  granted: Record<ProjectPermissionKey, GrantedScope>;
  /** The global permissions the user holds, of those asked for and the app's own manage key. */
  globalPermissions: Set<string>;
  /** Whether the user holds the app's own global permission "Manage market layer". */
  canManageMarketLayer: boolean;
}

/**
 * The data behind one emulated Jira Cloud site. Plain JSON (ids are strings, dates ISO-8601 UTC)
 * so a demo site can be generated, saved and loaded; the emulator renders Jira's REST shapes
 * from it (see `render/`).
 */

/** Who a grant or a security level applies to. */
export type Grantee = { kind: 'user'; accountId: string } | { kind: 'group'; group: string };

export interface SiteUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  active: boolean;
  /** Group names, e.g. `jira-administrators`. */
  groups: string[];
  timeZone?: string;
}

export interface SiteProject {
  /** Numeric string, e.g. `10000`. */
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'software' | 'business' | 'service_desk';
  leadAccountId: string;
  description?: string;
}

export interface SiteIssueType {
  id: string;
  name: string;
  /** Epic 1, standard types 0, sub-task -1 (Jira's issue type hierarchy). */
  hierarchyLevel: number;
  description?: string;
}

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface SiteStatus {
  id: string;
  name: string;
  categoryKey: StatusCategoryKey;
}

export interface SiteSecurityLevel {
  id: string;
  name: string;
  description: string;
  /** Only these see an issue at this level (on top of Browse projects). */
  members: Grantee[];
}

/** Atlassian Document Format (the `description` field in REST v3). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface SiteIssue {
  /** Numeric string, unique on the site. */
  id: string;
  /** `<PROJECT KEY>-<n>`. */
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  summary: string;
  /** The parent issue id (epic of a story, story of a sub-task). */
  parentId?: string;
  /** `yyyy-mm-dd`. */
  duedate?: string;
  /** ISO-8601 UTC timestamps. */
  created: string;
  updated: string;
  assigneeAccountId?: string;
  reporterAccountId?: string;
  securityLevelId?: string;
  labels: string[];
  description?: AdfDocument;
  /** Board order; lower ranks first (`ORDER BY rank`). */
  rank: number;
  /** Issue properties (entity properties) by key. */
  properties?: Record<string, unknown>;
  /** Values of the site's custom fields (SiteData.fields) by field id; absent = empty. */
  customFields?: Record<string, number>;
}

/** A custom field of the site (`GET /rest/api/3/field`); only number fields hold values here. */
export interface SiteCustomField {
  /** `customfield_<n>`. */
  id: string;
  name: string;
  /** FieldDetails.schema.type: `number` for story points, `date`, `string`, `array`… */
  type: string;
  /** FieldDetails.schema.custom: the field type's key, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:float`. */
  customType: string;
}

/** A project permission (BROWSE_PROJECTS, EDIT_ISSUES, ...) for a grantee. */
export interface ProjectPermissionGrant {
  permission: string;
  grantee: Grantee;
  /** Project ids the grant applies to; omitted = every project (a shared permission scheme). */
  projectIds?: string[];
}

/** A global permission (ADMINISTER, or an app's custom global permission ARI) for a grantee. */
interface GlobalPermissionGrant {
  permission: string;
  grantee: Grantee;
}

/** The Forge app installed on the site: it owns the custom global permissions. */
export interface SiteApp {
  appId: string;
  environmentId: string;
  /** Keys of the app's `jira:globalPermission` modules, e.g. `manage-market-layer`. */
  globalPermissionKeys: string[];
  /** The app user's account id (what `/myself` answers as the app). */
  appUserAccountId: string;
  name: string;
  /** The app's `jira:entityProperty` modules: which property paths Jira indexes, under which JQL aliases. */
  entityProperties?: SiteEntityProperty[];
  /** The app's `jira:jqlFunction` modules: Jira calls the app for their JQL fragments. */
  jqlFunctions?: SiteJqlFunction[];
}

/** One `jira:entityProperty` module (issue entities only here). */
export interface SiteEntityProperty {
  key: string;
  propertyKey: string;
  values: { path: string; type: 'number' | 'string' | 'text' | 'user' | 'date'; searchAlias?: string }[];
}

/** One `jira:jqlFunction` module. */
export interface SiteJqlFunction {
  /** The module key: the precomputations' function key ends with it. */
  key: string;
  name: string;
  operators: string[];
  types: string[];
  arguments: { name: string; required: boolean }[];
}

export interface SiteData {
  /** e.g. `https://market-layer-demo.atlassian.net`; used in every `self` link. */
  baseUrl: string;
  users: SiteUser[];
  projects: SiteProject[];
  issueTypes: SiteIssueType[];
  statuses: SiteStatus[];
  securityLevels: SiteSecurityLevel[];
  /** The site's custom fields (absent: none); system fields are the emulator's own list. */
  fields?: SiteCustomField[];
  issues: SiteIssue[];
  projectGrants: ProjectPermissionGrant[];
  globalGrants: GlobalPermissionGrant[];
  app?: SiteApp;
}

/** The ARI Jira uses as the key of an app's custom global permission. */
export function appGlobalPermissionKey(app: SiteApp, key: string): string {
  return `ari:cloud:ecosystem::extension/${app.appId}/${app.environmentId}/static/${key}`;
}

import type { EstimateFieldChoice } from '../contract';
import { bulkFetch, type BulkFetchResult } from './bulk-fetch';
import { getIssue, searchEpics, type EpicSearch, type EpicSearchResult } from './epics';
import { searchEpicPage, type EpicPage, type EpicPageSearch } from './epic-page';
import {
  deleteIssueProperties,
  issueIdPage,
  issueIdsMatching,
  setIssueProperties,
  type IssuePropertyWrite,
} from './issue-properties';
import { changedIssues, type ChangedIssues } from './changed-issues';
import { epicForLink, type EpicForLink } from './epic-for-link';
import { openEpicCounts, type ProjectEpicCount } from './epic-counts';
import { checkPermissions, type PermissionQuery } from './permissions';
import { listProjectPage, listProjects, searchProjects } from './projects';
import { listIssueTypes, searchUsers } from './directory';
import { listNumberFields } from './fields';
import { snapshotsFor, type SnapshotsResult } from './snapshots';
import { createJiraRequest, DEFAULT_RETRY_POLICY, type RetryPolicy } from './transport';
import type { Actor, JiraIssue, JiraProject, PermissionCheckResult } from './types';

export interface JiraClientOptions extends Partial<RetryPolicy> {
  /** The clock for `refreshedAt` in snapshots. */
  now?: () => Date;
}

/** Everything Market Layer reads from Jira. Every method is batched: never one request per epic. */
export interface JiraClient {
  searchEpics(search: EpicSearch, as: Actor): Promise<EpicSearchResult>;
  /** One page of an epic picker's search, with the match count on the first page. */
  searchEpicPage(search: EpicPageSearch, as: Actor): Promise<EpicPage>;
  getIssue(idOrKey: string, as: Actor): Promise<JiraIssue>;
  bulkFetch(idsOrKeys: readonly string[], as: Actor): Promise<BulkFetchResult>;
  /** With `estimateFieldId` (settings), each snapshot carries its estimate from the same requests. */
  snapshotsFor(
    epicIds: readonly string[],
    as: Actor,
    estimateFieldId?: string | null,
  ): Promise<SnapshotsResult>;
  /** The issue to link and its snapshot, in one search as the app; null when Jira does not know it. */
  epicForLink(idOrKey: string, estimateFieldId?: string | null): Promise<EpicForLink | null>;
  listProjects(as: Actor): Promise<JiraProject[]>;
  /** The first projects whose key or name contains the text (a picker's choices). */
  searchProjects(text: string, as: Actor): Promise<{ projects: JiraProject[]; more: boolean }>;
  /** One page of them from `startAt` (background work counts a page a step). */
  listProjectPage(as: Actor, startAt: number): Promise<{ projects: JiraProject[]; next: number | null }>;
  /** Open epics of each project, one approximate count each (balance's denominator). */
  openEpicCounts(
    projects: readonly JiraProject[],
    issueTypes: readonly string[],
    as: Actor,
  ): Promise<ProjectEpicCount[]>;
  /** What Jira changed since then (the daily reconcile's one search). */
  changedIssues(since: Date, epicIssueTypes: readonly string[], as: Actor): Promise<ChangedIssues>;
  checkPermissions(query: PermissionQuery): Promise<PermissionCheckResult>;
  /** The site's issue types (the settings' epic issue type picker). */
  listIssueTypes(as: Actor): Promise<{ id: string; name: string; hierarchyLevel: number }[]>;
  /** The site's numeric fields (the settings' estimate field picker). */
  listNumberFields(as: Actor): Promise<EstimateFieldChoice[]>;
  /** People by a prefix of their name or email, or by account id (the extra editors picker). */
  searchUsers(
    search: { text?: string; accountId?: string },
    as: Actor,
  ): Promise<{ accountId: string; displayName: string }[]>;
  /** Writes one issue property on many issues as the app, 100 a request; returns the requests sent. */
  setIssueProperties(propertyKey: string, writes: readonly IssuePropertyWrite[]): Promise<number>;
  /** Deletes one issue property from these issues as the app, 100 a request; returns the requests sent. */
  deleteIssueProperties(propertyKey: string, issueIds: readonly string[]): Promise<number>;
  /** The first `max` ids a JQL query matches, as the app, in one request. */
  issueIdPage(jql: string, max: number): Promise<{ ids: string[]; more: boolean }>;
  /** Ids of every issue a JQL query matches, as the app. */
  issueIdsMatching(jql: string): Promise<string[]>;
}

/**
 * Wires the Jira functions to one transport. Production uses the defaults; tests pass a `sleep`
 * that records waits and a fixed `now`.
 */
export function createJiraClient(options: JiraClientOptions = {}): JiraClient {
  const { now = () => new Date(), ...policy } = options;
  const request = createJiraRequest({ ...DEFAULT_RETRY_POLICY, ...policy });
  return {
    searchEpics: (search, as) => searchEpics(request, search, as),
    searchEpicPage: (search, as) => searchEpicPage(request, search, as),
    getIssue: (idOrKey, as) => getIssue(request, idOrKey, as),
    bulkFetch: (idsOrKeys, as) => bulkFetch(request, idsOrKeys, as),
    snapshotsFor: (epicIds, as, estimateFieldId) => snapshotsFor(request, epicIds, as, now, estimateFieldId),
    epicForLink: (idOrKey, estimateFieldId) => epicForLink(request, idOrKey, now, estimateFieldId),
    listProjects: (as) => listProjects(request, as),
    searchProjects: (text, as) => searchProjects(request, text, as),
    listProjectPage: (as, startAt) => listProjectPage(request, as, startAt),
    openEpicCounts: (projects, issueTypes, as) => openEpicCounts(request, projects, issueTypes, as),
    changedIssues: (since, epicIssueTypes, as) => changedIssues(request, since, epicIssueTypes, as),
    checkPermissions: (query) => checkPermissions(request, query),
    listIssueTypes: (as) => listIssueTypes(request, as),
    listNumberFields: (as) => listNumberFields(request, as),
    searchUsers: (search, as) => searchUsers(request, search, as),
    setIssueProperties: (propertyKey, writes) => setIssueProperties(request, propertyKey, writes),
    deleteIssueProperties: (propertyKey, issueIds) => deleteIssueProperties(request, propertyKey, issueIds),
    issueIdsMatching: (jql) => issueIdsMatching(request, jql),
    issueIdPage: (jql, max) => issueIdPage(request, jql, max),
  };
}

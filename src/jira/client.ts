import { bulkFetch, type BulkFetchResult } from './bulk-fetch';
import { getIssue, searchEpics, type EpicSearch, type EpicSearchResult } from './epics';
import { issueIdsMatching, setIssueProperties, type IssuePropertyWrite } from './issue-properties';
import { changedIssues, type ChangedIssues } from './changed-issues';
import { openEpicCounts, type ProjectEpicCount } from './epic-counts';
import { checkPermissions, type PermissionQuery } from './permissions';
import { listProjectPage, listProjects } from './projects';
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
  getIssue(idOrKey: string, as: Actor): Promise<JiraIssue>;
  bulkFetch(idsOrKeys: readonly string[], as: Actor): Promise<BulkFetchResult>;
  snapshotsFor(epicIds: readonly string[], as: Actor): Promise<SnapshotsResult>;
  listProjects(as: Actor): Promise<JiraProject[]>;
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
  /** Writes one issue property on many issues as the app, 100 a request; returns the requests sent. */
  setIssueProperties(propertyKey: string, writes: readonly IssuePropertyWrite[]): Promise<number>;
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
    getIssue: (idOrKey, as) => getIssue(request, idOrKey, as),
    bulkFetch: (idsOrKeys, as) => bulkFetch(request, idsOrKeys, as),
    snapshotsFor: (epicIds, as) => snapshotsFor(request, epicIds, as, now),
    listProjects: (as) => listProjects(request, as),
    listProjectPage: (as, startAt) => listProjectPage(request, as, startAt),
    openEpicCounts: (projects, issueTypes, as) => openEpicCounts(request, projects, issueTypes, as),
    changedIssues: (since, epicIssueTypes, as) => changedIssues(request, since, epicIssueTypes, as),
    checkPermissions: (query) => checkPermissions(request, query),
    setIssueProperties: (propertyKey, writes) => setIssueProperties(request, propertyKey, writes),
    issueIdsMatching: (jql) => issueIdsMatching(request, jql),
  };
}

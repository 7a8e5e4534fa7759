/**
 * Jira REST access; the only module that imports @forge/api. Build one client with
 * `createJiraClient()` and pass it to the resolvers.
 */
export { createJiraClient, type JiraClient, type JiraClientOptions } from './client';
export type { BulkFetchResult } from './bulk-fetch';
export type { EpicSearch, EpicSearchResult } from './epics';
export type { PermissionQuery } from './permissions';
export { manageMarketLayerPermissionKey, MANAGE_PERMISSION_MODULE_KEY } from './permissions';
export type { SnapshotsResult } from './snapshots';
export type { JiraLogEvent, RetryPolicy } from './transport';
export type * from './types';

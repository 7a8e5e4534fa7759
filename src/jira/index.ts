/**
 * Jira REST access; the only module that imports @forge/api. Build one client with
 * `createJiraClient()` and pass it to the resolvers.
 */
export { createJiraClient, type JiraClient } from './client';
export type { JiraLogEvent } from './transport';
export { PROPERTY_BATCH } from './issue-properties';
export type * from './types';

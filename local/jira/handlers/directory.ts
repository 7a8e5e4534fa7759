import { jiraError, ok } from '../http';
import { issueTypeJson, userJson } from '../render/entities';
import type { Handler } from './context';

/**
 * GET /rest/api/3/issuetype: every issue type of the site (this emulator has no project-scoped
 * types, so every caller sees them all, as a site of company-managed projects answers).
 */
export const listIssueTypes: Handler = (ctx, { accountId }) => {
  const { store } = ctx;
  if (accountId !== undefined && !store.usersById.get(accountId))
    return jiraError(401, 'You are not authenticated. Authentication required to perform this operation.');
  return ok(store.data.issueTypes.map((type) => issueTypeJson(store.baseUrl, type)));
};

/** Jira answers at most 1,000 users a page (`maxResults` default 50). */
const MAX_USERS = 1000;

/**
 * GET /rest/api/3/user/search: active users whose display name or email address starts with the
 * query, or one of its words does (Jira's prefix match), or the one `accountId` names; `startAt` and
 * `maxResults` page the list. Jira asks for `query` or `accountId` and answers 400 without either.
 */
export const searchUsers: Handler = (ctx, { query, accountId }) => {
  const { store } = ctx;
  if (accountId !== undefined && !store.usersById.get(accountId))
    return jiraError(401, 'You are not authenticated. Authentication required to perform this operation.');
  const text = (query.get('query') ?? '').trim().toLowerCase();
  const wanted = query.get('accountId');
  if (!text && !wanted) return jiraError(400, "The query parameter 'query' or 'accountId' is required.");
  const startAt = Math.max(0, Number(query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(MAX_USERS, Math.max(0, Number(query.get('maxResults') ?? 50) || 0));
  const matches = (value: string | undefined) =>
    (value ?? '')
      .toLowerCase()
      .split(/[\s@.]+/)
      .some((word) => word.startsWith(text)) || (value ?? '').toLowerCase().startsWith(text);
  const users = store.data.users.filter(
    (user) =>
      user.active &&
      (wanted ? user.accountId === wanted : matches(user.displayName) || matches(user.emailAddress)),
  );
  return ok(users.slice(startAt, startAt + maxResults).map((user) => userJson(store.baseUrl, user)));
};

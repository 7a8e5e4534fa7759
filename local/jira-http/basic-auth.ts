import type { IncomingHttpHeaders } from 'node:http';

/** A site user who may sign in over HTTP: Jira Cloud's Basic auth takes the account's email. */
export interface JiraHttpUser {
  accountId: string;
  emailAddress: string;
  /** Deactivated accounts cannot sign in; omitted means active. */
  active?: boolean;
}

/**
 * Jira Cloud REST clients authenticate with Basic auth as `email:api-token`
 * (developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/). Locally there are no
 * tokens to check, so any non-empty token is accepted for a known, active user's email.
 * Returns the account id, or `undefined` when the request must be refused.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  users: readonly JiraHttpUser[],
): string | undefined {
  const match = /^Basic\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return undefined;
  const email = decoded.slice(0, separator).toLowerCase();
  const token = decoded.slice(separator + 1);
  if (token === '') return undefined;
  const user = users.find((candidate) => candidate.emailAddress.toLowerCase() === email);
  return user && user.active !== false ? user.accountId : undefined;
}

/** What Jira Cloud answers, as JSON, when credentials are missing or wrong. */
export const AUTHENTICATION_REQUIRED = {
  message: 'Client must be authenticated to access this resource.',
  'status-code': 401,
};

import { asApp, asUser, NeedsAuthenticationError, type APIResponse, type Route } from '@forge/api';
import type { z } from 'zod';
import { fail } from '../contract';
import type { Actor } from './types';

/** How the transport waits and reports; tests pass a `sleep` that records instead of waiting. */
export interface RetryPolicy {
  sleep: (ms: number) => Promise<void>;
  /** Retries after a 429 before giving up (so at most maxRetries + 1 requests). */
  maxRetries: number;
  /** Upper bound for one wait, whatever Retry-After says: a resolver has 25 s in all. */
  maxWaitMs: number;
  log: (event: JiraLogEvent) => void;
}

/** Something an operator should see in the logs; never sent to the client. */
export interface JiraLogEvent {
  what: string;
  method: string;
  path: string;
  problem:
    'rate-limited' | 'bad-request' | 'refused' | 'server-error' | 'unexpected-shape' | 'network' | 'no-user';
  status?: number;
  /** Jira's own error text or the thrown error's message, for the log only. */
  detail?: string;
}

interface JiraCall<T> {
  as: Actor;
  method: 'GET' | 'POST' | 'DELETE';
  path: Route;
  body?: unknown;
  /** What the caller was loading, in words a person understands: "epics", "your permissions". */
  what: string;
  schema: z.ZodType<T>;
  /** For single-resource reads: a 404 becomes NOT_FOUND with this message instead of UNAVAILABLE. */
  notFoundMessage?: string;
  /**
   * Also a 400 (with `notFoundMessage`): JQL naming an issue key Jira does not know, or one the
   * actor may not see, is refused with 400 ("An issue with key 'X-1' does not exist for field 'key'").
   */
  notFoundOn400?: boolean;
  /**
   * An asynchronous Jira task (bulk property writes): 303 See Other with the task's location is
   * success, and the body is not read (a runtime that follows the redirect answers the task, 200).
   */
  task?: boolean;
}

export type JiraRequest = <T>(call: JiraCall<T>) => Promise<T>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  maxRetries: 3,
  maxWaitMs: 5_000,
  log: (event) => console.warn('[jira]', JSON.stringify(event)),
};

/**
 * Jira answers 429 with Retry-After in seconds when the app's points quota or a burst limit is hit,
 * and some 503s carry it too (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
 * Without the header we back off 1 s, 2 s, 4 s.
 */
function retryDelayMs(response: APIResponse, attempt: number, policy: RetryPolicy): number | undefined {
  const header = response.headers.get('retry-after');
  if (response.status !== 429 && !(response.status === 503 && header !== null)) return undefined;
  const seconds = header === null ? NaN : Number(header);
  const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000 * 2 ** attempt;
  return Math.min(wait, policy.maxWaitMs);
}

async function jiraErrorText(response: APIResponse): Promise<string> {
  try {
    return (await response.text()).slice(0, 500);
  } catch {
    return '';
  }
}

function problemOf(status: number, rateLimited: boolean): JiraLogEvent['problem'] {
  if (rateLimited) return 'rate-limited';
  if (status >= 500) return 'server-error';
  // A 400 means our JQL or body is wrong: a bug to fix, not a user error.
  return status === 400 ? 'bad-request' : 'refused';
}

function unavailable(what: string): never {
  return fail('UNAVAILABLE', `Could not load ${what} from Jira. Please try again in a moment.`);
}

/** Sends one request as `as`, retrying 429s, and returns the body checked against `schema`. */
export function createJiraRequest(policy: RetryPolicy = DEFAULT_RETRY_POLICY): JiraRequest {
  return async function request<T>(call: JiraCall<T>): Promise<T> {
    const init = {
      method: call.method,
      headers: {
        Accept: 'application/json',
        ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    };
    const base = { what: call.what, method: call.method, path: call.path.value.split('?')[0] };
    for (let attempt = 0; ; attempt++) {
      let response: APIResponse;
      try {
        // asUser() without an argument: the hosted runtime supplies the invoking account.
        const client = call.as === 'user' ? asUser() : asApp();
        response = await client.requestJira(call.path, init);
      } catch (error) {
        // asUser() outside a user's invocation (a trigger, the reconcile) is a bug in the caller.
        policy.log({
          ...base,
          problem: error instanceof NeedsAuthenticationError ? 'no-user' : 'network',
          detail: error instanceof Error ? error.message : String(error),
        });
        return unavailable(call.what);
      }
      if (call.task && (response.ok || response.status === 303)) return undefined as T;
      if (response.ok) return parseBody(response, call, base, policy);

      const delay = retryDelayMs(response, attempt, policy);
      if (delay !== undefined && attempt < policy.maxRetries) {
        await policy.sleep(delay);
        continue;
      }
      const status = response.status;
      if ((status === 404 || (status === 400 && call.notFoundOn400)) && call.notFoundMessage)
        return fail('NOT_FOUND', call.notFoundMessage);
      const problem = problemOf(status, delay !== undefined);
      policy.log({ ...base, problem, status, detail: await jiraErrorText(response) });
      if (problem === 'rate-limited') {
        return fail(
          'UNAVAILABLE',
          `Jira is busy and could not send ${call.what}. Please try again in a minute.`,
        );
      }
      return unavailable(call.what);
    }
  };
}

async function parseBody<T>(
  response: APIResponse,
  call: JiraCall<T>,
  base: Pick<JiraLogEvent, 'what' | 'method' | 'path'>,
  policy: RetryPolicy,
): Promise<T> {
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    policy.log({
      ...base,
      problem: 'unexpected-shape',
      detail: error instanceof Error ? error.message : 'no JSON',
    });
    return unavailable(call.what);
  }
  const parsed = call.schema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    policy.log({ ...base, problem: 'unexpected-shape', status: response.status, detail });
    return unavailable(call.what);
  }
  return parsed.data;
}

import { DEMO_USERS, demoSite } from '../../local/demo';
import { createJiraSite } from '../../local/jira';
import { recordJiraTraffic, type RecordedJira } from './record-jira-traffic';

/** The demo users by role, plus the app itself (`asApp()`, no account). */
export const CALLERS: [string, string | undefined][] = [...Object.entries(DEMO_USERS), ['app', undefined]];

/** An emulator answer; `T` is how the test reads the body (the contract checks its real shape). */
interface Answer<T> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

/** REST v3 calls to one recorded emulator as one caller; paths are relative to `/rest/api/3`. */
export interface JiraCaller {
  get<T = unknown>(path: string): Answer<T>;
  post<T = unknown>(path: string, body: unknown): Answer<T>;
  put<T = unknown>(path: string, body: unknown): Answer<T>;
  /** `body`: the bulk delete's filter. */
  delete<T = unknown>(path: string, body?: unknown): Answer<T>;
}

/** A fresh demo site behind the traffic recorder. */
export function recordedDemoJira(): RecordedJira {
  return recordJiraTraffic(createJiraSite(demoSite()));
}

export function callerOf(jira: RecordedJira, accountId: string | undefined): JiraCaller {
  const call = <T>(method: string, path: string, body?: unknown): Answer<T> => {
    const response = jira.handle({ method, path: `/rest/api/3${path}`, body, accountId });
    return { status: response.status, body: response.body as T, headers: response.headers };
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    delete: (path, body) => call('DELETE', path, body),
  };
}

/** `?a=b&c=d`, encoded as `@forge/api`'s `route` template tag would. */
export function query(parameters: Record<string, string | number>): string {
  return `?${new URLSearchParams(Object.entries(parameters).map(([k, v]) => [k, String(v)])).toString()}`;
}

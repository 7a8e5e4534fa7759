import type { LocalRuntime } from '../local/runtime';

/** What a piece of work cost in Jira requests and in rate-limit points. */
export interface JiraCost {
  requests: number;
  /**
   * Estimated points of the app's hourly quota: about 1 per request plus 1 per issue returned
   * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
   */
  points: number;
  byEndpoint: Map<string, number>;
}

function issuesReturned(body: unknown): number {
  if (typeof body !== 'object' || body === null || !('issues' in body)) return 0;
  return Array.isArray(body.issues) ? body.issues.length : 0;
}

/** Runs `work` and counts the Jira requests the app made meanwhile (rt.jiraTraffic). */
export async function jiraCostOf<T>(
  rt: LocalRuntime,
  work: () => Promise<T>,
): Promise<{ value: T; cost: JiraCost }> {
  const before = rt.jiraTraffic.length;
  const value = await work();
  const exchanges = rt.jiraTraffic.slice(before);
  const byEndpoint = new Map<string, number>();
  for (const { request } of exchanges) {
    const endpoint = `${request.method} ${request.path.split('?')[0]}`;
    byEndpoint.set(endpoint, (byEndpoint.get(endpoint) ?? 0) + 1);
  }
  const points = exchanges.reduce((sum, { response }) => sum + 1 + issuesReturned(response.body), 0);
  return { value, cost: { requests: exchanges.length, points, byEndpoint } };
}

export function describeEndpoints(cost: JiraCost): string {
  return [...cost.byEndpoint].map(([endpoint, n]) => `${n}× ${endpoint}`).join(', ');
}

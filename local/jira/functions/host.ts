import { parsePath } from '../http';
import { functionCallsIn } from '../jql/app-function';
import { parseJql } from '../jql/parser';
import type { SiteApp } from '../site';
import type { JiraRequest } from '../../types';
import { PrecomputationStore, type FunctionCall } from './precomputations';

/** What Jira sends a `jira:jqlFunction`'s function (https://developer.atlassian.com/cloud/jira/platform/jql-functions/). */
interface JqlFunctionEvent {
  precomputationId: string;
  clause: { field: string; type: string[]; operator: string; functionName: string; arguments: string[] };
}

/** Calls the app's function for one module; resolves to what the function returned. */
export type JqlFunctionHost = (moduleKey: string, event: JqlFunctionEvent) => Promise<unknown>;

const SEARCH_PATHS = new Set(['/rest/api/3/search/jql', '/rest/api/3/search/approximate-count']);

/** The JQL a search request carries (GET: the query string, POST: the body), if it is a search. */
function jqlOf(request: JiraRequest): string | undefined {
  const { pathname, query } = parsePath(request.path);
  if (!SEARCH_PATHS.has(pathname)) return undefined;
  if (request.method.toUpperCase() === 'GET') return query.get('jql') ?? undefined;
  const body = request.body as { jql?: unknown } | undefined;
  return typeof body?.jql === 'string' ? body.jql : undefined;
}

/** The app's answer as Jira reads it: `{ jql }` or `{ error }`; anything else is the app's failure. */
function answerOf(result: unknown, fnName: string): { value?: string; error?: string } {
  const r = (result ?? {}) as { jql?: unknown; error?: unknown };
  if (typeof r.error === 'string') return { error: r.error };
  if (typeof r.jql === 'string' && r.jql.trim() !== '') return { value: r.jql };
  return { error: `The function '${fnName}' returned an invalid result.` };
}

/**
 * Before a search runs, every app function in its JQL that has no precomputation yet is sent to
 * the app once and the answer stored, as Jira does; later searches reuse the stored fragment.
 * Unparseable JQL is left to the search itself, which reports it.
 */
export async function precomputeCalls(
  request: JiraRequest,
  app: SiteApp | undefined,
  store: PrecomputationStore,
  host: JqlFunctionHost | undefined,
): Promise<void> {
  const jql = jqlOf(request);
  if (!jql || !app?.jqlFunctions?.length || !host) return;
  let calls: FunctionCall[];
  try {
    calls = functionCallsIn(parseJql(jql).where, app.jqlFunctions);
  } catch {
    return;
  }
  for (const call of calls) {
    if (store.find(app, call)) continue;
    const id = PrecomputationStore.newId();
    const event: JqlFunctionEvent = {
      precomputationId: id,
      clause: {
        field: call.field,
        type: call.fn.types,
        operator: call.operator,
        functionName: call.fn.name,
        arguments: call.arguments,
      },
    };
    // A function that throws stores nothing: the search reports it, and the next one asks again.
    const result = await host(call.fn.key, event).then(
      (value) => ({ ok: true as const, value }),
      () => ({ ok: false as const }),
    );
    if (result.ok) store.store(app, call, id, answerOf(result.value, call.fn.name));
  }
}

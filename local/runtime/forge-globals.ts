import { isEventsPath } from '../events';
import type { EmulatorResponse, EventsService, JiraService, KvsService } from '../types';
import { Faults, FetchTimeoutError, type FaultTarget } from './faults';
import { currentInvocation } from './invocation';
import { applyLatency, type Latency } from './latency';

/** The descriptor the Forge SDKs pass as the first argument of `__forge_fetch__`. */
interface FetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface AppIdentity {
  appId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  installationId: string;
  cloudId: string;
  appVersion: string;
}

export interface ForgeGlobalsOptions {
  kvs: KvsService;
  jira: JiraService;
  events: EventsService;
  faults: Faults;
  app: AppIdentity;
  /** Milliseconds to wait before each KVS / Jira answer; none by default. */
  latency?: Latency;
  /** Every product request, for contract tests that check the app's whole traffic. */
  onJiraExchange?: (
    request: { method: string; path: string; body?: unknown; accountId?: string },
    response: EmulatorResponse,
  ) => void;
}

function toResponse(answer: EmulatorResponse): Response {
  const hasBody = answer.body !== undefined && answer.status !== 204;
  const headers = new Headers(answer.headers);
  if (hasBody && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(hasBody ? JSON.stringify(answer.body) : null, { status: answer.status, headers });
}

function parseBody(body: unknown): unknown {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body !== 'string')
    throw new Error('The local runtime accepts only string request bodies, as the SDKs send');
  return JSON.parse(body);
}

/** The app-side metrics API: the hosted runtime ships them to Atlassian; here they go nowhere. */
const metrics = {
  counter: () => ({ incr: () => undefined, decr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
  gauge: () => ({ set: () => undefined }),
};

/** Which emulator answers a request, from the descriptor the SDK passes (node_modules/@forge/api/out/api/fetch.js). */
function targetOf(descriptor: FetchDescriptor, path: string): FaultTarget | null {
  if (descriptor.type === 'kvs') return 'kvs';
  if (descriptor.type !== 'fpp') return null;
  if (descriptor.remote === 'jira') return 'jira';
  // @forge/events posts through `__requestAtlassianAsApp`: { type: 'fpp', provider: 'app', remote: 'stargate' }.
  if (descriptor.remote === 'stargate' && descriptor.provider === 'app' && isEventsPath(path))
    return 'events';
  return null;
}

/**
 * Installs the two globals through which @forge/kvs, @forge/api and @forge/events reach the
 * platform, so that the unchanged SDKs talk to the emulators. See ../../ARCHITECTURE in shared/ and
 * node_modules/@forge/kvs/out/index.js, node_modules/@forge/api/out/api/fetch.js,
 * node_modules/@forge/events/out/queries.js.
 */
export function installForgeGlobals(options: ForgeGlobalsOptions): () => void {
  const { kvs, jira, events, faults, app } = options;
  const g = globalThis as Record<string, unknown>;
  const previous = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };

  const answerJira = async (
    descriptor: FetchDescriptor,
    path: string,
    init: RequestInit,
    body: unknown,
  ): Promise<EmulatorResponse> => {
    let accountId: string | undefined;
    if (descriptor.provider === 'user') {
      accountId = descriptor.accountId ?? currentInvocation()?.accountId;
      // asUser() with nobody to act for (a trigger, a schedule) fails in Forge too.
      if (!accountId) return { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } };
    }
    const request = { method: (init.method ?? 'GET').toUpperCase(), path, body, accountId };
    const answer = jira.handleAsync ? await jira.handleAsync(request) : jira.handle(request);
    options.onJiraExchange?.(request, answer);
    return answer;
  };

  g.__forge_fetch__ = async (descriptor: FetchDescriptor, path: string, init: RequestInit = {}) => {
    const target = targetOf(descriptor, path);
    if (!target)
      throw new Error(`The local runtime does not emulate ${JSON.stringify(descriptor)} requests to ${path}`);
    const fault = faults.next(target, path);
    if (fault instanceof FetchTimeoutError) throw fault;
    let answer: EmulatorResponse;
    if (fault) answer = fault;
    else if (target === 'kvs') answer = kvs.handle(path, parseBody(init.body));
    else if (target === 'jira') answer = await answerJira(descriptor, path, init, parseBody(init.body));
    else {
      const invocation = currentInvocation();
      const originId = invocation && (invocation.originId ?? invocation.invocationId);
      answer = events.handle(path, parseBody(init.body), { originId });
    }
    if (target !== 'events') await applyLatency(options.latency, target);
    return toResponse(answer);
  };

  const runtime = {
    proxy: { token: 'local-proxy-token', url: 'http://forge-proxy.local' },
    kvs: { url: 'http://kvs.local', host: 'kvs.local' },
    tracing: { traceId: 'local-trace', spanId: 'local-span' },
    metrics,
    externalAuth: [],
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    get appContext() {
      const invocation = currentInvocation();
      return {
        appId: app.appId,
        appVersion: app.appVersion,
        environmentId: app.environmentId,
        environmentType: app.environmentType,
        installationId: app.installationId,
        invocationId: invocation?.invocationId ?? 'no-invocation',
        moduleKey: invocation?.moduleKey ?? '',
        license: undefined,
        installation: undefined,
        permissions: { scopes: [], external: {} },
      };
    },
  };
  g.__forge_runtime__ = runtime;

  return () => {
    g.__forge_fetch__ = previous.fetch;
    g.__forge_runtime__ = previous.runtime;
  };
}

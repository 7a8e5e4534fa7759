import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { LocalRuntime } from '../runtime';
import { extensionFor, type Subject } from './extension';
import { faultSpecOf, faultsState, isLoopback } from './faults-route';
import { dashboardGadgets, GadgetConfigurations } from './gadgets';
import { serveJiraRequest } from '../jira-http/server';
import { searchIssues } from './search-route';
import { issueDetails, projectEpics } from './site-info';

const PUBLIC = join(__dirname, 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface HostUser {
  accountId: string;
  displayName: string;
  email: string;
  role: string;
  isAdmin: boolean;
}

export interface HostOptions {
  runtime: LocalRuntime;
  /** The repository root, where manifest.yml's resource folders (static/<surface>/build) are. */
  appRoot: string;
  users: HostUser[];
}

interface InvokeRequest {
  accountId?: string;
  /** A demo user's email, for scripts: `{"user":"avery.lead@acme-demo.test"}`. */
  user?: string;
  moduleKey: string;
  key: string;
  payload?: unknown;
  subject?: Subject;
  /** The `context` a `Modal` was opened with: Jira gives it to the modal's frame as `extension.modal`. */
  modal?: unknown;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value));

/** A client's mistake: answered 400 (or the status given) with a message saying what is wrong, never 500. */
class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Forge refuses an invoke payload over 500 KB (developer.atlassian.com/platform/forge/platform-quotas-and-limits). */
const MAX_BODY_BYTES = 500 * 1024;
/**
 * No resolver input nests more than a few levels; a payload nested thousands deep would only
 * exhaust the stack of the structured clone that carries it to the handler.
 */
const MAX_DEPTH = 64;

/** How deeply a parsed JSON value nests, without recursion (the value may be absurdly deep). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new BadRequest(
        `The request body is over Forge's ${MAX_BODY_BYTES / 1024} KB payload limit.`,
        413,
      );
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch (error) {
    throw new BadRequest(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new BadRequest('The request body must be a JSON object.');
  if (depthOf(parsed) > MAX_DEPTH)
    throw new BadRequest(`The request body nests deeper than ${MAX_DEPTH} levels; no resolver takes that.`);
  return parsed as Record<string, unknown>;
}

/**
 * The host page's server: Jira's role for the app frames (bridge, context, invoke), plus a page to
 * find one's way. The frames themselves come from the resource server (./resource-server.ts) on
 * `resourcePort()`: another origin, as Forge's CDN is not the Jira site.
 */
export function createHost({ runtime, users }: HostOptions, resourcePort: () => number): Server {
  const gadgets = new GadgetConfigurations(dashboardGadgets(runtime.manifest.modules));
  function accountFor(request: InvokeRequest): string {
    const found = users.find(
      (u) => u.accountId === request.accountId || (request.user && u.email === request.user),
    );
    if (!found)
      throw new BadRequest(
        `Unknown demo user ${request.user ?? request.accountId ?? '(none given)'}; known: ${users.map((u) => u.email).join(', ')}`,
      );
    return found.accountId;
  }
  function contextFor(request: InvokeRequest & { colorMode?: string }) {
    const module = runtime.manifest.modules.find((m) => m.key === request.moduleKey);
    if (!module) throw new BadRequest(`manifest.yml has no module '${request.moduleKey}'`);
    return {
      accountId: accountFor(request),
      cloudId: runtime.app.cloudId,
      environmentId: runtime.app.environmentId,
      environmentType: runtime.app.environmentType,
      localId: `${runtime.app.appId}/${module.key}`,
      moduleKey: module.key,
      siteUrl: 'http://localhost',
      locale: 'en-US',
      timezone: 'UTC',
      theme: { colorMode: request.colorMode ?? 'light' },
      extension: {
        ...extensionFor(runtime.jira, module.type, request.subject ?? {}, gadgets),
        ...(request.modal === undefined ? {} : { modal: request.modal }),
      },
    };
  }

  async function faultsRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress))
      throw new BadRequest('Fault injection is only for requests from this machine.', 403);
    if (req.method === 'GET') return json(res, 200, faultsState(runtime.faults));
    if (req.method === 'DELETE') {
      runtime.faults.clear();
      return json(res, 200, faultsState(runtime.faults));
    }
    if (req.method !== 'POST') throw new BadRequest('Use GET, POST or DELETE on /__forge/faults.', 405);
    const spec = faultSpecOf(await readJson(req));
    if (typeof spec === 'string') throw new BadRequest(spec);
    runtime.faults.inject(spec);
    return json(res, 200, faultsState(runtime.faults));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // The demo site's REST API on the same host, as Jira serves it: Basic auth as a site user.
    if (path.startsWith('/rest/')) return serveJiraRequest(runtime.jira, runtime.site.users, req, res);
    if (req.method === 'POST' && path === '/__forge/search') {
      const request = await readJson(req);
      const accountId = accountFor({ accountId: String(request.accountId ?? ''), moduleKey: '', key: '' });
      // Jira's refusal (400 and its messages) is the page's to show: answered 200, so the browser
      // does not report a failed request.
      const answer = await searchIssues(runtime.jira, String(request.jql ?? ''), accountId);
      return json(res, 200, { status: answer.status, ...answer.body });
    }
    if (req.method === 'POST' && path === '/__forge/invoke') {
      const request = (await readJson(req)) as unknown as InvokeRequest;
      const module = runtime.manifest.modules.find((m) => m.key === request.moduleKey);
      if (!module)
        return json(res, 400, { error: { message: `manifest.yml has no module '${request.moduleKey}'` } });
      const accountId = accountFor(request);
      const extension = extensionFor(runtime.jira, module.type, request.subject ?? {});
      const result = await runtime.invoke(module.key, request.key, request.payload ?? {}, {
        accountId,
        extension,
      });
      return json(res, 200, { result });
    }
    if (path === '/__forge/faults') return faultsRoute(req, res);
    const gadget = path.match(/^\/__forge\/gadgets\/([^/]+)\/configuration$/);
    if (gadget && req.method === 'PUT') {
      // What a gadget's edit mode submits (view.submit), stored as Jira stores it for that gadget.
      const problem = gadgets.set(decodeURIComponent(gadget[1]), await readJson(req));
      if (problem) throw new BadRequest(problem);
      return json(res, 200, { result: gadgets.get(decodeURIComponent(gadget[1])) });
    }
    if (req.method === 'POST' && path === '/__forge/context')
      return json(res, 200, { result: contextFor((await readJson(req)) as unknown as InvokeRequest) });
    if (path === '/__forge/site')
      return json(res, 200, {
        users: users.map(({ accountId, displayName, role, isAdmin }) => ({
          accountId,
          displayName,
          role,
          isAdmin,
        })),
        projects: runtime.site.projects.map(({ id, key, name }) => ({ id, key, name })),
        gadgets: dashboardGadgets(runtime.manifest.modules),
        // The app frames load from the resource origin: this host name, that port.
        resourcePort: resourcePort(),
      });
    const as = url.searchParams.get('as') ?? users[0].accountId;
    let m = path.match(/^\/__forge\/issue\/([A-Z][A-Z0-9_]*-\d+)$/);
    if (m) return json(res, 200, issueDetails(runtime.jira, m[1], as, runtime.manifest.modules));
    m = path.match(/^\/__forge\/projects\/([A-Z][A-Z0-9_]*)\/epics$/);
    if (m) return json(res, 200, projectEpics(runtime.jira, m[1], as));
    m = path.match(/^\/__forge\/(host\.js|host\.css|overlays\.js)$/);
    if (m) return send(res, 200, await readFile(join(PUBLIC, m[1])), TYPES[extname(m[1])]);
    if (path === '/favicon.ico') return send(res, 204, '', 'text/plain');
    send(res, 200, await readFile(join(PUBLIC, 'host.html')), TYPES['.html']);
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BadRequest) {
        // A body refused part-way was not read to its end: the connection cannot carry another
        // request, so the client is told to close it rather than reuse it (and meet a reset).
        if (error.status === 413) res.setHeader('Connection', 'close');
        return json(res, error.status, { error: { message: error.message } });
      }
      json(res, 500, { error: { message: error instanceof Error ? error.message : String(error) } });
    });
  });
}

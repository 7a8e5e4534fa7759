import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorResponse, JiraService } from '../types';
import { AUTHENTICATION_REQUIRED, authenticate, type JiraHttpUser } from './basic-auth';

export interface ServeJiraOptions {
  /** 0 picks a free port (tests); the chosen one is in the result. */
  port: number;
  /** Defaults to 127.0.0.1: the emulator trusts any token, so it must not listen beyond this machine. */
  host?: string;
  /** Who may sign in with Basic auth (email + any non-empty token). */
  users: readonly JiraHttpUser[];
}

export interface JiraHttpServer {
  server: Server;
  /** e.g. `http://127.0.0.1:8081`, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a JiraService over HTTP as a Jira Cloud site does: Basic auth, JSON in and out. */
export function serveJira(jira: JiraService, options: ServeJiraOptions): Promise<JiraHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) =>
    serveJiraRequest(jira, options.users, request, response),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        port,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

/**
 * Answers one HTTP request with the Jira emulator (Basic auth as a site user, JSON in and out);
 * the `npm start` host mounts this on `/rest/` so the demo site's REST API is on the same host.
 */
export function serveJiraRequest(
  jira: JiraService,
  users: readonly JiraHttpUser[],
  request: IncomingMessage,
  response: ServerResponse,
): void {
  handleRequest(jira, users, request)
    .then((answer) => send(response, answer))
    .catch((error: unknown) => {
      console.error('Jira emulator failed:', error);
      send(response, { status: 500, body: { errorMessages: ['Internal server error'], errors: {} } });
    });
}

async function handleRequest(
  jira: JiraService,
  users: readonly JiraHttpUser[],
  request: IncomingMessage,
): Promise<EmulatorResponse> {
  const text = await readBody(request);
  const accountId = authenticate(request.headers, users);
  if (!accountId) {
    return {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="Jira"' },
      body: AUTHENTICATION_REQUIRED,
    };
  }
  let body: unknown;
  if (text !== '') {
    // Jira answers 415 to bodies not sent as JSON (e.g. curl -d without a Content-Type header).
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return { status: 415 };
    try {
      body = JSON.parse(text);
    } catch {
      return { status: 400, body: { errorMessages: ['The request body is not valid JSON.'], errors: {} } };
    }
  }
  const jiraRequest = { method: request.method ?? 'GET', path: request.url ?? '/', body, accountId };
  return jira.handleAsync ? jira.handleAsync(jiraRequest) : jira.handle(jiraRequest);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: EmulatorResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json;charset=UTF-8';
  }
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

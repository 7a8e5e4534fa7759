/**
 * The seams of the local Forge runtime. Each emulator answers what the Forge platform would
 * answer for the request an Atlassian SDK sends; `forge-globals.ts` turns these answers into
 * the `Response` objects the SDKs read.
 */

/** What an emulator answers: an HTTP status, optional headers, and a JSON body (or none). */
export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable body; `undefined` sends an empty body. */
  body?: unknown;
}

/** The KVS service behind `@forge/kvs`: POST `/api/v1/...` with a JSON body. */
export interface KvsService {
  handle(path: string, body: unknown): EmulatorResponse;
  close(): void;
}

/** A product request from `@forge/api` (`requestJira`), as the Jira emulator receives it. */
export interface JiraRequest {
  method: string;
  /** Path and query string, e.g. `/rest/api/3/search/jql?jql=...`. */
  path: string;
  /** Parsed JSON body, when there is one. */
  body?: unknown;
  /** The account the request runs as; `undefined` means as the app (`asApp()`). */
  accountId?: string;
}

/** The Jira Cloud site behind `requestJira`. */
export interface JiraService {
  handle(request: JiraRequest): EmulatorResponse;
  /** As `handle`, first calling the app for JQL functions a search needs (the Jira emulator has it). */
  handleAsync?(request: JiraRequest): Promise<EmulatorResponse>;
}

/** The async events queue behind `@forge/events` (POST `/webhook/queue/...` as the app). */
export interface EventsService {
  /** `originId`: the invocation chain the request comes from (Forge's cyclic invocation limit). */
  handle(path: string, body: unknown, caller: { originId?: string }): EmulatorResponse;
}

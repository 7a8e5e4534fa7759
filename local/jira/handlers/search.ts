import type { EmulatorResponse } from '../../types';
import { BadRequest, isRecord, jiraError, ok, rejectUnknownProperties, stringList } from '../http';
import { JqlError } from '../jql/errors';
import { UNBOUNDED_MESSAGE } from '../jql/run';
import { decodePageToken, encodePageToken } from '../page-token';
import { issueJson } from '../render/issue-json';
import { isIdOrKeyOnly, parseFieldSelection, splitList } from '../render/field-selection';
import type { Handler, SiteContext } from './context';

/**
 * Page sizes of GET/POST /rest/api/3/search/jql: 1–5000 accepted, default 50; Jira serves up
 * to 5000 a page only when just `id`/`key` are requested and fewer (100 here) otherwise
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/).
 */
const DEFAULT_MAX_RESULTS = 50;
const MAX_ID_ONLY_PAGE = 5000;
const MAX_FIELDS_PAGE = 100;
const SEARCH_BODY_FIELDS = [
  'expand',
  'fields',
  'fieldsByKeys',
  'jql',
  'maxResults',
  'nextPageToken',
  'properties',
  'reconcileIssues',
];

interface SearchParams {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields: string[];
  properties: string[];
}

function readMaxResults(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new BadRequest('The maxResults parameter must be an integer.');
  return n;
}

/** GET reads only the query string, POST only the body, as Jira does. */
function readParams(method: string, query: URLSearchParams, body: unknown): SearchParams {
  if (method === 'GET') {
    return {
      jql: query.get('jql') ?? '',
      nextPageToken: query.get('nextPageToken') ?? undefined,
      maxResults: readMaxResults(query.get('maxResults') ?? undefined),
      fields: query.getAll('fields'),
      properties: splitList(query.getAll('properties')),
    };
  }
  const b = body ?? {};
  if (!isRecord(b)) throw new BadRequest('The request body must be a JSON object.');
  rejectUnknownProperties(b, SEARCH_BODY_FIELDS);
  if (b.jql !== undefined && typeof b.jql !== 'string')
    throw new BadRequest("The field 'jql' must be a string.");
  if (b.nextPageToken !== undefined && b.nextPageToken !== null && typeof b.nextPageToken !== 'string') {
    throw new BadRequest("The field 'nextPageToken' must be a string.");
  }
  return {
    jql: typeof b.jql === 'string' ? b.jql : '',
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : undefined,
    maxResults: readMaxResults(b.maxResults),
    fields: stringList(b.fields, 'fields') ?? [],
    properties: stringList(b.properties, 'properties') ?? [],
  };
}

function searchPage(ctx: SiteContext, params: SearchParams, accountId: string | undefined): EmulatorResponse {
  let offset = 0;
  if (params.nextPageToken !== undefined) {
    const decoded = decodePageToken(params.nextPageToken, params.jql);
    if (decoded === undefined)
      return jiraError(400, 'The provided nextPageToken is invalid or belongs to another query.');
    offset = decoded;
  }
  const requested = params.maxResults ?? DEFAULT_MAX_RESULTS;
  if (requested < 1 || requested > MAX_ID_ONLY_PAGE) {
    return jiraError(400, `The maxResults parameter must be between 1 and ${MAX_ID_ONLY_PAGE}.`);
  }
  if (params.jql.trim() === '') return jiraError(400, UNBOUNDED_MESSAGE);
  const pageSize = Math.min(requested, isIdOrKeyOnly(params.fields) ? MAX_ID_ONLY_PAGE : MAX_FIELDS_PAGE);
  const matches = ctx.search.search(params.jql, accountId);
  const page = matches.slice(offset, offset + pageSize);
  const viewer = ctx.permissions.viewer(accountId);
  const selection = parseFieldSelection(params.fields, ['id'], ctx.store.customFieldIds);
  const isLast = offset + pageSize >= matches.length;
  return ok({
    issues: page.map((issue) =>
      issueJson(ctx.store, issue, viewer, selection, params.properties.slice(0, 5)),
    ),
    ...(!isLast && { nextPageToken: encodePageToken(params.jql, offset + pageSize) }),
    isLast,
  });
}

function withJqlErrors(run: () => EmulatorResponse): EmulatorResponse {
  try {
    return run();
  } catch (error) {
    if (error instanceof JqlError || error instanceof BadRequest) return jiraError(400, error.message);
    throw error;
  }
}

export const searchJql: Handler = (ctx, request) =>
  withJqlErrors(() =>
    searchPage(ctx, readParams(request.method, request.query, request.body), request.accountId),
  );

export const approximateCount: Handler = (ctx, request) =>
  withJqlErrors(() => {
    const body = request.body ?? {};
    if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
    rejectUnknownProperties(body, ['jql']);
    const jql = typeof body.jql === 'string' ? body.jql : '';
    if (jql.trim() === '') return jiraError(400, UNBOUNDED_MESSAGE);
    return ok({ count: ctx.search.search(jql, request.accountId).length });
  });

/**
 * Contract checks of Jira Cloud REST v3 traffic against Atlassian's OpenAPI description
 * (the subset in test/fixtures/jira-openapi/jira-subset.json). Every function returns a list of
 * readable errors; an empty list means the request or response conforms.
 */
import type { JsonObject, OpenApiResponse } from './openapi/document';
import { findOperation, type MatchedOperation } from './openapi/operations';
import { parameterErrors, type QueryInput } from './openapi/parameters';
import { schemaCheck } from './openapi/schema-validators';

export { findOperation } from './openapi/operations';

export interface RequestParts {
  /** Query parameters besides (or instead of) a query string in `path`. */
  query?: QueryInput;
  /** The parsed JSON body; `undefined` when the request has none. */
  body?: unknown;
}

const ERROR_COLLECTION: JsonObject = { $ref: '#/components/schemas/ErrorCollection' };

/**
 * Any operation can answer 401 when credentials are missing or wrong
 * (developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/), with either Jira's
 * ErrorCollection or the gateway's `{"message": "Client must be authenticated…", "status-code": 401}`.
 */
const AUTHENTICATION_FAILURE: JsonObject = {
  anyOf: [
    ERROR_COLLECTION,
    {
      type: 'object',
      additionalProperties: false,
      required: ['message'],
      properties: { message: { type: 'string' }, 'status-code': { type: 'integer' } },
    },
  ],
};

/**
 * Any operation can answer 429 when the app's rate limit is spent, with a Retry-After header
 * (developer.atlassian.com/cloud/jira/platform/rate-limiting/); its body is not specified.
 */
const RATE_LIMITED: JsonObject = {};

/** Checks a request's path and query parameters and its JSON body against the operation it calls. */
export function validateRequest(method: string, path: string, parts: RequestParts = {}): string[] {
  const lookup = findOperation(method, path);
  if ('error' in lookup) return [lookup.error];
  const { matched } = lookup;
  const prefix = `${matched.method} ${withoutQuery(path)}: `;
  return [...parameterErrors(matched, parts.query), ...requestBodyErrors(matched, parts.body)].map(
    (error) => prefix + error,
  );
}

/** Checks that `status` is one the operation documents and that `body` matches its schema. */
export function validateResponse(method: string, path: string, status: number, body: unknown): string[] {
  const lookup = findOperation(method, path);
  if ('error' in lookup) return [lookup.error];
  const { matched } = lookup;
  const prefix = `${matched.method} ${withoutQuery(path)} → ${status}: `;
  return responseErrors(matched, status, body).map((error) => prefix + error);
}

function requestBodyErrors(matched: MatchedOperation, body: unknown): string[] {
  const requestBody = matched.operation.requestBody;
  if (!requestBody) return body === undefined ? [] : ['request body: this operation takes no body'];
  if (body === undefined) return requestBody.required ? ['request body: is required'] : [];
  const schema = requestBody.content['application/json']?.schema;
  if (!schema) return ['request body: the operation does not accept application/json'];
  return schemaCheck(`${matched.method} ${matched.template} body`, schema, 'request')(body, 'request body');
}

function responseErrors(matched: MatchedOperation, status: number, body: unknown): string[] {
  const responses = matched.operation.responses;
  const documented: OpenApiResponse | undefined = responses[String(status)] ?? responses.default;
  const key = `${matched.method} ${matched.template} ${status}`;
  if (status === 401) return schemaCheck('401', AUTHENTICATION_FAILURE, 'response')(body, 'response body');
  if (status === 429) return schemaCheck('429', RATE_LIMITED, 'response')(body, 'response body');
  if (!documented) {
    return [`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
  }
  const schema = documented.content?.['application/json']?.schema;
  if (schema) {
    // An empty schema (`{}`, e.g. 200/201 of set issue property) constrains nothing, not even
    // presence: Jira answers those with an empty body.
    if (body === undefined && Object.keys(schema).length === 0) return [];
    if (body === undefined) return ['response body: is missing; the operation returns JSON'];
    return schemaCheck(key, schema, 'response')(body, 'response body');
  }
  // Atlassian documents most error statuses without a body schema; Jira sends its ErrorCollection
  // (`{"errorMessages": [...], "errors": {...}}`) for them, which is what the app parses.
  if (status >= 400) return schemaCheck('error', ERROR_COLLECTION, 'response')(body, 'response body');
  return body === undefined ? [] : [`response body: status ${status} is documented without a body`];
}

function withoutQuery(path: string): string {
  return path.split('?')[0];
}

import { jiraOpenApi, type OpenApiOperation } from './document';

export interface MatchedOperation {
  /** Upper-case HTTP method, e.g. `GET`. */
  method: string;
  /** The path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  template: string;
  operation: OpenApiOperation;
  /** Decoded path parameters, e.g. `{ issueIdOrKey: 'ML-1' }`. */
  pathParameters: Record<string, string>;
  /** The raw query string after `?`, possibly empty. */
  queryString: string;
}

export type OperationLookup = { matched: MatchedOperation } | { error: string };

/**
 * Finds the operation a concrete request path belongs to. Literal segments win over templated
 * ones, as in OpenAPI ("concrete paths are matched before their templated counterparts"), so
 * `/issue/bulkfetch` is bulk fetch, not an issue whose key is "bulkfetch".
 */
export function findOperation(method: string, pathWithQuery: string): OperationLookup {
  const [path, queryString = ''] = splitQuery(pathWithQuery);
  const upper = method.toUpperCase();
  const candidates = Object.keys(jiraOpenApi().paths)
    .map((template) => ({ template, parameters: matchTemplate(template, path) }))
    .filter((candidate): candidate is { template: string; parameters: Record<string, string> } =>
      Boolean(candidate.parameters),
    )
    .sort((a, b) => Object.keys(a.parameters).length - Object.keys(b.parameters).length);
  if (candidates.length === 0) {
    return { error: `${upper} ${path}: no operation in the Jira OpenAPI subset matches this path` };
  }
  for (const { template, parameters } of candidates) {
    const operation = jiraOpenApi().paths[template][method.toLowerCase()];
    if (operation) {
      return { matched: { method: upper, template, operation, pathParameters: parameters, queryString } };
    }
  }
  return { error: `${upper} ${path}: ${candidates[0].template} does not define ${upper}` };
}

function splitQuery(pathWithQuery: string): [string, string?] {
  const index = pathWithQuery.indexOf('?');
  return index < 0 ? [pathWithQuery] : [pathWithQuery.slice(0, index), pathWithQuery.slice(index + 1)];
}

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const templateSegments = template.split('/');
  const pathSegments = path.split('/');
  if (templateSegments.length !== pathSegments.length) return undefined;
  const parameters: Record<string, string> = {};
  for (let i = 0; i < templateSegments.length; i++) {
    const expected = templateSegments[i];
    const actual = pathSegments[i];
    const parameter = /^\{(.+)\}$/.exec(expected);
    if (parameter) {
      if (actual === '') return undefined;
      parameters[parameter[1]] = safeDecode(actual);
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return parameters;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

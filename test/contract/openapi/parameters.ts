import type { OpenApiParameter } from './document';
import type { MatchedOperation } from './operations';
import { schemaCheck } from './schema-validators';
import { isObject } from './to-json-schema';

/** Query values as a caller may hold them; merged with any query string in the path. */
export type QueryInput = URLSearchParams | Record<string, string | number | boolean | readonly string[]>;

/**
 * Checks path and query parameters: every query name must be defined by the operation, required
 * ones present, and each value must parse as its declared type. Arrays accept Jira's two forms,
 * repeated names (`fields=a&fields=b`) and comma-separated lists (`fields=a,b`).
 */
export function parameterErrors(matched: MatchedOperation, extraQuery?: QueryInput): string[] {
  const declared = matched.operation.parameters ?? [];
  const values = collectQuery(matched.queryString, extraQuery);
  const errors: string[] = [];
  for (const name of values.keys()) {
    if (!declared.some((parameter) => parameter.in === 'query' && parameter.name === name)) {
      errors.push(`query parameter ${name}: is not defined for ${matched.method} ${matched.template}`);
    }
  }
  for (const parameter of declared) {
    if (parameter.in === 'query')
      errors.push(...queryParameterErrors(matched, parameter, values.get(parameter.name)));
    if (parameter.in === 'path') {
      const check = schemaCheck(cacheKey(matched, parameter), parameter.schema, 'request');
      errors.push(...check(matched.pathParameters[parameter.name], `path parameter ${parameter.name}`));
    }
  }
  return errors;
}

function queryParameterErrors(
  matched: MatchedOperation,
  parameter: OpenApiParameter,
  raw: string[] | undefined,
): string[] {
  const where = `query parameter ${parameter.name}`;
  if (!raw) return parameter.required ? [`${where}: is required`] : [];
  const isArray = parameter.schema.type === 'array';
  if (!isArray && raw.length > 1) return [`${where}: is given ${raw.length} times but takes one value`];
  const itemSchema = isArray && isObject(parameter.schema.items) ? parameter.schema.items : parameter.schema;
  const texts = isArray ? raw.flatMap((value) => value.split(',')) : raw;
  const parsed = texts.map((text) => parseQueryValue(text, itemSchema.type));
  const unparsable = parsed.flatMap((value, i) =>
    value === undefined ? [`${where}: "${texts[i]}" is not ${article(itemSchema.type)}`] : [],
  );
  if (unparsable.length > 0) return unparsable;
  const check = schemaCheck(cacheKey(matched, parameter), parameter.schema, 'request');
  return check(isArray ? parsed : parsed[0], where);
}

/** Query strings carry text; the schema speaks of integers and booleans. */
function parseQueryValue(text: string, type: unknown): unknown {
  if (type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : undefined;
  if (type === 'number')
    return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  return text;
}

function article(type: unknown): string {
  return type === 'integer' ? 'an integer' : `a ${String(type)}`;
}

function collectQuery(queryString: string, extra?: QueryInput): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value]);
  new URLSearchParams(queryString).forEach((value, name) => add(name, value));
  if (extra instanceof URLSearchParams) extra.forEach((value, name) => add(name, value));
  else if (extra) {
    for (const [name, value] of Object.entries(extra)) {
      if (Array.isArray(value)) value.forEach((item: string) => add(name, item));
      else add(name, String(value));
    }
  }
  return values;
}

function cacheKey(matched: MatchedOperation, parameter: OpenApiParameter): string {
  return `${matched.method} ${matched.template} ${parameter.in}:${parameter.name}`;
}

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { jiraOpenApi, type JsonObject } from './document';
import { JIRA_DATE_TIME } from './relaxations';
import { toJsonSchema, type Direction } from './to-json-schema';

/**
 * Checks one value against one schema; returns readable errors, none when the value conforms.
 * `where` prefixes every error, e.g. `response body` or `query parameter maxResults`.
 */
export type SchemaCheck = (value: unknown, where: string) => string[];

const ajvByDirection = new Map<Direction, Ajv>();
const checks = new Map<string, SchemaCheck>();

/** Compiles (once per `cacheKey`) an OpenAPI schema of the Jira subset for one direction. */
export function schemaCheck(cacheKey: string, schema: JsonObject, direction: Direction): SchemaCheck {
  const key = `${direction} ${cacheKey}`;
  let check = checks.get(key);
  if (!check) {
    const ajv = ajvFor(direction);
    const validate = ajv.compile(toJsonSchema(schema, direction, definitionsId(direction)));
    check = (value, where) => (validate(value) ? [] : describeErrors(validate, where, direction));
    checks.set(key, check);
  }
  return check;
}

function definitionsId(direction: Direction): string {
  return `jira-${direction}-schemas.json`;
}

function ajvFor(direction: Direction): Ajv {
  let ajv = ajvByDirection.get(direction);
  if (!ajv) {
    // allErrors: one run reports every wrong field. strictTypes off: Atlassian's beans mix
    // `type`-less schemas with `allOf`, which is valid JSON Schema that ajv's strict mode nags about.
    ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
    addFormats(ajv);
    ajv.addFormat('date-time', JIRA_DATE_TIME);
    const definitions: JsonObject = {};
    for (const [name, schema] of Object.entries(jiraOpenApi().components.schemas)) {
      definitions[name] = toJsonSchema(schema, direction, definitionsId(direction));
    }
    ajv.addSchema({ $id: definitionsId(direction), definitions });
    ajvByDirection.set(direction, ajv);
  }
  return ajv;
}

function describeErrors(validate: ValidateFunction, where: string, direction: Direction): string[] {
  return (validate.errors ?? []).map(
    (error) => `${where}${error.instancePath}: ${describe(error, direction)}`,
  );
}

function describe(error: ErrorObject, direction: Direction): string {
  if (error.keyword === 'false schema') {
    return direction === 'request'
      ? 'is readOnly and must not be sent'
      : 'is writeOnly and must not be returned';
  }
  if (error.keyword === 'additionalProperties') {
    return `has property "${String(error.params.additionalProperty)}", which the schema does not define`;
  }
  if (error.keyword === 'enum') {
    return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
  }
  return error.message ?? error.keyword;
}

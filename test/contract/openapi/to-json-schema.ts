import type { Json, JsonObject } from './document';

/** Requests may not carry `readOnly` properties; responses may not carry `writeOnly` ones (OpenAPI 3.0.3 §4.7.24). */
export type Direction = 'request' | 'response';

/** JSON Schema keywords that OpenAPI 3.0 shares with draft-07 and that ajv evaluates or tolerates. */
const COPIED_KEYWORDS = new Set([
  'type',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'description',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
]);
const SUBSCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
const REF_PREFIX = '#/components/schemas/';

/**
 * Converts an OpenAPI 3.0 Schema Object into a draft-07 JSON Schema for ajv. Everything else
 * (`xml`, `example`, `default`, `x-*`) is dropped. `discriminator` is dropped too: it is only a
 * hint for picking the `oneOf` branch, which ajv checks anyway (ajv's own `discriminator` option
 * rejects `mapping` and needs every branch to pin the property, which Atlassian's beans do not).
 * `$ref`s point into the definitions document named `definitionsId` (see schema-validators.ts).
 */
export function toJsonSchema(schema: JsonObject, direction: Direction, definitionsId: string): JsonObject {
  const convert = (node: JsonObject): JsonObject => toJsonSchema(node, direction, definitionsId);
  const out: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === '$ref' && typeof value === 'string') {
      if (!value.startsWith(REF_PREFIX)) throw new Error(`Unsupported $ref ${value}`);
      out.$ref = `${definitionsId}#/definitions/${value.slice(REF_PREFIX.length)}`;
    } else if (keyword === 'properties' && isObject(value)) {
      out.properties = convertProperties(value, direction, convert);
    } else if (keyword === 'required' && Array.isArray(value)) {
      out.required = value.filter((name) => !isHidden(propertyOf(schema, name), direction));
    } else if (SUBSCHEMA_KEYWORDS.has(keyword) && isObject(value)) {
      out[keyword] = convert(value);
    } else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.filter(isObject).map(convert);
    } else if (
      COPIED_KEYWORDS.has(keyword) ||
      (SUBSCHEMA_KEYWORDS.has(keyword) && typeof value === 'boolean')
    ) {
      out[keyword] = value;
    }
  }
  convertExclusiveBounds(schema, out);
  return schema.nullable === true ? allowNull(out) : out;
}

/** A hidden property becomes the `false` schema, so sending it fails even where extra properties are allowed. */
function convertProperties(
  properties: JsonObject,
  direction: Direction,
  convert: (node: JsonObject) => JsonObject,
): JsonObject {
  const out: JsonObject = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    out[name] = isHidden(property, direction) ? false : convert(property);
  }
  return out;
}

function isHidden(property: Json | undefined, direction: Direction): boolean {
  if (!isObject(property)) return false;
  return direction === 'request' ? property.readOnly === true : property.writeOnly === true;
}

function propertyOf(schema: JsonObject, name: Json): Json | undefined {
  const properties = schema.properties;
  return isObject(properties) && typeof name === 'string' ? properties[name] : undefined;
}

/** OpenAPI 3.0 uses draft-04 booleans (`exclusiveMinimum: true` beside `minimum`); draft-07 uses numbers. */
function convertExclusiveBounds(schema: JsonObject, out: JsonObject): void {
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
}

/** `nullable: true` has no draft-07 keyword: widen `type` and `enum`, or wrap a `$ref`/composition. */
function allowNull(out: JsonObject): JsonObject {
  if (typeof out.type === 'string') {
    const widened: JsonObject = { ...out, type: [out.type, 'null'] };
    if (Array.isArray(out.enum)) widened.enum = [...out.enum, null];
    return widened;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

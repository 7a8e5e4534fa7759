/** Small readers for request bodies: a body Forge would reject answers BAD_REQUEST here too. */
import { invalidBody } from './errors';

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown, what = 'request body'): JsonRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidBody(`Provided ${what} is invalid: expected an object.`);
  }
  return value as JsonRecord;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw invalidBody(`Provided ${what} is invalid: expected an array.`);
  return value;
}

export function optionalRecord(value: unknown, what: string): JsonRecord | undefined {
  return value === undefined || value === null ? undefined : asRecord(value, what);
}

/** `options.metadataFields` of get and query requests. */
export function metadataFieldsOf(options: JsonRecord | undefined, field = 'metadataFields'): string[] {
  const fields = options?.[field];
  if (fields === undefined) return [];
  return asArray(fields, field).map((f) => {
    if (f !== 'CREATED_AT' && f !== 'UPDATED_AT' && f !== 'EXPIRE_TIME') {
      throw invalidBody(`Unknown metadata field: ${String(f)}`);
    }
    return f;
  });
}

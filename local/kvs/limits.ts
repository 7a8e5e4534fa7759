/** Forge's documented KVS and Custom Entity Store limits, checked before anything is written. */
import { badRequest } from './errors';

// Key length, key format, value size and object depth:
// https://developer.atlassian.com/platform/forge/limits-kvs-ce
const MAX_KEY_LENGTH = 500;
const KEY_FORMAT = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_OBJECT_DEPTH = 31;

// Transactions: at most 25 operations and a 4MB payload, each key once.
// https://developer.atlassian.com/platform/forge/storage-reference/transactions
export const MAX_TRANSACTION_OPERATIONS = 25;
const MAX_REQUEST_PAYLOAD_BYTES = 4 * 1024 * 1024;

// Batches: at most 25 items and the same 4MB payload as transactions.
// https://developer.atlassian.com/platform/forge/storage-reference/batchops
export const MAX_BATCH_ITEMS = 25;

// Query pages: 10 results by default, 1 to 100 allowed.
// https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query
// https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;

// Entity names: 3 to 60 characters of a-z0-9:-_. (manifest schema of @forge/manifest and
// https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities).
const ENTITY_NAME_FORMAT = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;

/**
 * KVS keys answer KEY_TOO_SHORT for an empty key (handling-errors-kvs); entity keys answer
 * EMPTY_KEY (handling-errors-customentities). Both share KEY_TOO_LONG and INVALID_KEY.
 */
export function validateKey(key: unknown, flavour: 'kvs' | 'entity'): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw flavour === 'kvs'
      ? badRequest('KEY_TOO_SHORT', 'The provided key needs to be more than one character.')
      : badRequest('EMPTY_KEY', 'Key cannot be empty.');
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw badRequest(
      'KEY_TOO_LONG',
      `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`,
    );
  }
  if (!KEY_FORMAT.test(key)) {
    throw badRequest('INVALID_KEY', `The provided key does not match the regex: ${KEY_FORMAT.source}`);
  }
  return key;
}

/** Checks size and depth, and returns the JSON text to store. */
export function validateValue(value: unknown): string {
  if (value === undefined) {
    throw badRequest('BAD_REQUEST', 'A value is required.');
  }
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > MAX_VALUE_BYTES) {
    throw badRequest('MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
  }
  if (depthOf(value) > MAX_OBJECT_DEPTH) {
    throw badRequest(
      'MAX_DEPTH',
      `The provided value has exceeded the maximum object depth (${MAX_OBJECT_DEPTH}) limit.`,
    );
  }
  return json;
}

/** Nesting depth: a scalar is 0, `{}` or `[]` is 1, `{ a: {} }` is 2. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

export function validateEntityName(name: unknown): string {
  if (typeof name !== 'string' || name.length < 3) {
    throw badRequest('ENTITY_TYPE_TOO_SHORT', 'The provided entity name needs to be at least 3 characters.');
  }
  if (name.length > 60) {
    throw badRequest(
      'ENTITY_TYPE_TOO_LARGE',
      'The provided entity name has exceeded the maximum 60 characters.',
    );
  }
  if (!ENTITY_NAME_FORMAT.test(name)) {
    throw badRequest(
      'INVALID_ENTITY_TYPE',
      `The provided entity name does not match the regex: ${ENTITY_NAME_FORMAT.source}`,
    );
  }
  return name;
}

/** Rejects bodies over the 4MB transaction/batch payload limit. */
export function validatePayloadSize(body: unknown, what: string): void {
  if (Buffer.byteLength(JSON.stringify(body) ?? '', 'utf8') > MAX_REQUEST_PAYLOAD_BYTES) {
    throw badRequest('BAD_REQUEST', `Each ${what} is limited to a payload size of 4MB.`);
  }
}

export function validateQueryLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_QUERY_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw badRequest(
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
      `The page limit must be set between 1 and ${MAX_QUERY_LIMIT}.`,
    );
  }
  return limit;
}

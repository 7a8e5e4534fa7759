/** get / set / delete of one key in a space, with Forge's validation and key policies. */
import type { KvsContext, Space } from './context';
import { indexEntriesFor, validateEntityValue } from './entity-schema';
import { KvsError, invalidBody } from './errors';
import { validateKey, validateValue } from './limits';
import type { JsonRecord } from './request';
import { expireAtFrom } from './ttl';
import type { StoredRow } from './types';

export interface WireItem {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** The wire form of a stored row; `fields` limits metadata to what the caller asked for. */
export function toWireItem(row: StoredRow, fields: string[] | 'all' = 'all'): WireItem {
  const wants = (field: string) => fields === 'all' || fields.includes(field);
  return {
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    ...(wants('CREATED_AT') && { createdAt: row.created_at }),
    ...(wants('UPDATED_AT') && { updatedAt: row.updated_at }),
    ...(wants('EXPIRE_TIME') &&
      row.expire_at !== null && { expireTime: new Date(row.expire_at).toISOString() }),
  };
}

export function readItem(ctx: KvsContext, space: Space, rawKey: unknown): StoredRow | undefined {
  const key = validateKey(rawKey, space.keyFlavour);
  return ctx.items.get(space.namespace, key);
}

/** Validates key and value first, so a rejected write leaves storage untouched. */
export function prepareWrite(space: Space, rawKey: unknown, value: unknown): { key: string; json: string } {
  const key = validateKey(rawKey, space.keyFlavour);
  const json = validateValue(value);
  if (space.entity) validateEntityValue(space.entity, value);
  return { key, json };
}

export function writeItem(
  ctx: KvsContext,
  space: Space,
  rawKey: unknown,
  value: unknown,
  options: JsonRecord | undefined,
): { previous?: StoredRow; current: StoredRow } {
  const { key, json } = prepareWrite(space, rawKey, value);
  const expireAt = expireAtFrom(options, ctx.now());
  const policy = options?.keyPolicy ?? 'OVERRIDE';
  if (policy !== 'OVERRIDE' && policy !== 'FAIL_IF_EXISTS')
    throw invalidBody('keyPolicy must be OVERRIDE or FAIL_IF_EXISTS.');
  // FAIL_IF_EXISTS on an existing key answers 409 KEY_CONFLICT (observed Forge behaviour for
  // @forge/kvs >= 1.3; not in the error tables of developer.atlassian.com).
  if (policy === 'FAIL_IF_EXISTS' && ctx.items.get(space.namespace, key)) {
    throw new KvsError(409, 'KEY_CONFLICT', `Key '${key}' already exists.`);
  }
  const outcome = ctx.items.put(space.namespace, key, json, expireAt);
  if (space.entity) {
    ctx.indexes.replace(
      space.entity.name,
      key,
      indexEntriesFor(space.entity, value as Record<string, unknown>),
    );
  }
  return outcome;
}

export function deleteItem(ctx: KvsContext, space: Space, rawKey: unknown): StoredRow | undefined {
  const key = validateKey(rawKey, space.keyFlavour);
  if (space.entity) ctx.indexes.remove(space.entity.name, key);
  return ctx.items.remove(space.namespace, key);
}

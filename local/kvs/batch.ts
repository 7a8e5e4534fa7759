/**
 * /api/v1/batch/{set,get,delete}: each item succeeds or fails on its own and is reported in
 * `successfulKeys` / `failedKeys`; a malformed batch (empty, over 25 items or 4MB, the same
 * key twice) fails as a whole. https://developer.atlassian.com/platform/forge/storage-reference/batchops
 */
import type { EmulatorResponse } from '../types';
import { spaceOf, type KvsContext } from './context';
import { KvsError, invalidBody } from './errors';
import { deleteItem, readItem, toWireItem, writeItem } from './item-ops';
import { MAX_BATCH_ITEMS, validatePayloadSize } from './limits';
import { asArray, asRecord, metadataFieldsOf, optionalRecord, type JsonRecord } from './request';
import { ok } from './responses';

interface ItemId {
  key: string;
  entityName?: string;
}

type ItemAction = (item: JsonRecord, id: ItemId) => Record<string, unknown> | KvsError;

export function handleBatchSet(ctx: KvsContext, body: unknown): EmulatorResponse {
  return runBatch(ctx, body, (item, id) => {
    writeItem(
      ctx,
      spaceOf(ctx, item.entityName),
      item.key,
      item.value,
      optionalRecord(item.options, 'options'),
    );
    return { ...id };
  });
}

export function handleBatchGet(ctx: KvsContext, body: unknown): EmulatorResponse {
  return runBatch(ctx, body, (item, id) => {
    const row = readItem(ctx, spaceOf(ctx, item.entityName), item.key);
    if (!row) return new KvsError(404, 'KEY_NOT_FOUND', 'Key does not exist');
    return { ...toWireItem(row, metadataFieldsOf(optionalRecord(item.options, 'options'))), ...id };
  });
}

export function handleBatchDelete(ctx: KvsContext, body: unknown): EmulatorResponse {
  return runBatch(ctx, body, (item, id) => {
    deleteItem(ctx, spaceOf(ctx, item.entityName), item.key);
    return { ...id };
  });
}

function runBatch(ctx: KvsContext, body: unknown, action: ItemAction): EmulatorResponse {
  const items = validateBatch(body);
  const successfulKeys: Record<string, unknown>[] = [];
  const failedKeys: (ItemId & { error: { code: string; message: string } })[] = [];
  ctx.db.transaction(() => {
    for (const item of items) {
      const id = idOf(item);
      let outcome: Record<string, unknown> | KvsError;
      try {
        outcome = action(item, id);
      } catch (error) {
        if (!(error instanceof KvsError)) throw error;
        outcome = error;
      }
      if (outcome instanceof KvsError)
        failedKeys.push({ ...id, error: { code: outcome.code, message: outcome.message } });
      else successfulKeys.push(outcome);
    }
  })();
  return ok({ successfulKeys, failedKeys });
}

function validateBatch(body: unknown): JsonRecord[] {
  const items = asArray(body, 'batch').map((item) => asRecord(item, 'batch item'));
  if (items.length === 0) throw invalidBody('A batch must contain at least one item.');
  if (items.length > MAX_BATCH_ITEMS)
    throw invalidBody(`A batch can contain at most ${MAX_BATCH_ITEMS} items.`);
  validatePayloadSize(body, 'batch');
  const seen = new Set<string>();
  for (const item of items) {
    const identity = JSON.stringify([item.entityName ?? null, item.key]);
    if (seen.has(identity)) throw invalidBody('A batch cannot contain the same key or entity key twice.');
    seen.add(identity);
  }
  return items;
}

function idOf(item: JsonRecord): ItemId {
  return {
    key: String(item.key),
    ...(typeof item.entityName === 'string' && { entityName: item.entityName }),
  };
}

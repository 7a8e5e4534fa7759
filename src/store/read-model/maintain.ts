import { AppFailure } from '../../contract';
import {
  buildShards,
  groupBy,
  isEmptyProductRow,
  newProductRow,
  shardOf,
  type ProductRow,
} from '../../domain';
import { readAll } from '../read-all';
import { batchRead, itemId } from '../reads';
import { execute, MAX_OPERATIONS, type Operation } from '../writes';
import { planReadModel, type RecordChange } from './plan';
import {
  allShards,
  conditionalSet,
  epicsOperations,
  META_KEY,
  OLD_KEYS,
  OLD_META_KEYS,
  READ_MODEL_ENTITY,
  readForWrite,
  shardOperations,
  type ReadModelMeta,
  type Versioned,
} from './shards';

const ATTEMPTS = 4;
const RACED = 'The portfolio summary changed while it was being updated.';

/**
 * Brings the shards up to date with changes already stored (bulk snapshot refreshes, unlinking a
 * deleted epic): one transaction, re-planned if another change wrote a shard meanwhile.
 */
export async function refreshReadModel(changes: readonly RecordChange[]): Promise<void> {
  await withRetry(async () => {
    const operations = await planReadModel(changes, 'written');
    if (operations.length > 0) await executeInChunks(operations);
  });
}

/**
 * Rebuilds every shard from every record (after an import, or on first use of a portfolio kept
 * before the read model existed). Reads the whole portfolio once: a background job's work, never
 * a page load's, except that very first one.
 */
export async function rebuildReadModel(now: string): Promise<void> {
  await withRetry(async () => {
    const [state, meta, records] = await Promise.all([readForWrite(allShards()), readMeta(true), readAll()]);
    const counted = new Map<string, ProductRow>();
    for (const { value } of state.shards.values())
      for (const row of Object.values(value.products))
        if (row.openEpics !== null) counted.set(row.projectId, row);
    const fresh = buildShards(records, counted);
    for (const [index, shard] of state.shards) shard.value = fresh[index];
    const bySolution = groupBy(records.contributions, (c) => c.solutionId);
    const operations = [
      ...shardOperations(state, allShards()),
      // Every solution's contributions; values of solutions gone stay unread (no contribution names them).
      ...records.solutions.flatMap((s) => epicsOperations(s.id, bySolution.get(s.id) ?? [], 0)),
      ...OLD_KEYS.map((key): Operation => ({
        kind: 'delete',
        entity: READ_MODEL_ENTITY,
        key,
        expect: 'any',
      })),
    ];
    operations.push(
      metaOperation(meta?.version ?? null, { builtAt: now, countedAt: meta?.value.countedAt ?? null }),
    );
    // The meta value goes last: once it exists, every shard has been built.
    await executeInChunks(operations);
  });
}

/**
 * The end of a stepwise rebuild (rebuild.ts), once every shard is written: the old layout's keys
 * deleted, then the meta value dated (last: once it is written, every shard has been built).
 * Safe to repeat.
 */
export async function sealReadModel(now: string): Promise<void> {
  await withRetry(async () => {
    const meta = await readMeta(true);
    await executeInChunks([
      ...OLD_KEYS.map((key): Operation => ({
        kind: 'delete',
        entity: READ_MODEL_ENTITY,
        key,
        expect: 'any',
      })),
      metaOperation(meta?.version ?? null, { builtAt: now, countedAt: meta?.value.countedAt ?? null }),
    ]);
  });
}

/**
 * The meta value. `orOld` (a rebuild): absent, the old layout's, with version null so the write
 * creates the new key and the counts' date survives the new layout.
 */
async function readMeta(orOld = false): Promise<Versioned<ReadModelMeta> | null> {
  const keys = orOld ? [META_KEY, ...OLD_META_KEYS] : [META_KEY];
  const found = await batchRead(keys.map((key) => ({ entity: READ_MODEL_ENTITY, key })));
  const [current, ...old] = keys.map(
    (key) =>
      found.get(itemId(READ_MODEL_ENTITY, key)) as { version: number; record: ReadModelMeta } | undefined,
  );
  if (current) return { version: current.version, value: current.record };
  const before = old.find((m) => m !== undefined);
  return before ? { version: null, value: before.record } : null;
}

/** Jira's open-epic count of one project, from an issue event. */
export interface OpenEpicCount {
  projectId: string;
  projectKey: string;
  projectName: string;
  openEpics: number;
}

/**
 * Stores open-epic counts. With `everyProjectId` (every project Jira has; a refresh counts them a
 * page at a time, so the last page names them all), a project neither counted now nor among them
 * is gone, and has no open epics any more; that last call also dates the counts (meta.countedAt).
 */
export async function storeOpenEpicCounts(
  counts: readonly OpenEpicCount[],
  countedAt: string,
  everyProjectId: ReadonlySet<string> | null,
): Promise<void> {
  const complete = everyProjectId !== null;
  await withRetry(async () => {
    const [state, meta] = await Promise.all([
      readForWrite(complete ? allShards() : counts.map((c) => shardOf(c.projectId))),
      complete ? readMeta() : undefined,
    ]);
    const shards = state.shards;
    const before = new Map([...shards].map(([i, s]) => [i, JSON.stringify(s.value)]));
    const byId = new Map(counts.map((c) => [c.projectId, c]));
    for (const { value } of shards.values()) {
      for (const row of Object.values(value.products))
        if (complete && !byId.has(row.projectId) && !everyProjectId.has(row.projectId)) row.openEpics = 0;
    }
    for (const count of counts) {
      const shard = shards.get(shardOf(count.projectId))!.value;
      const row = shard.products[count.projectId];
      // A deleted issue's event may not name its project's key: keep the one known.
      if (row)
        shard.products[count.projectId] = {
          ...row,
          projectKey: count.projectKey || row.projectKey,
          openEpics: count.openEpics,
        };
      else if (count.projectKey)
        shard.products[count.projectId] = { ...newProductRow(count), openEpics: count.openEpics };
    }
    for (const { value } of shards.values())
      for (const row of Object.values(value.products))
        if (isEmptyProductRow(row)) delete value.products[row.projectId];
    // Only shards whose counts moved are written: an event that changes no count writes nothing.
    const moved = [...shards].filter(([index, s]) => JSON.stringify(s.value) !== before.get(index));
    const operations = shardOperations(
      state,
      moved.map(([index]) => index),
    );
    if (meta !== undefined)
      operations.push(
        metaOperation(meta?.version ?? null, { builtAt: meta?.value.builtAt ?? countedAt, countedAt }),
      );
    if (operations.length > 0) await executeInChunks(operations);
  });
}

/** A transaction carries at most 25 operations and 4 MB (storage-reference/transactions). */
const MAX_TRANSACTION_BYTES = 3.5 * 1024 * 1024;

/**
 * Writes that may exceed one transaction (every shard at once: a rebuild, a full recount), in as
 * few transactions as fit, in order. Each shard write stays conditional on the version read, so a
 * change that raced a chunk makes the caller re-plan; run again, a rebuild or recount converges.
 */
async function executeInChunks(operations: readonly Operation[]): Promise<void> {
  let chunk: Operation[] = [];
  let bytes = 0;
  for (const op of operations) {
    const size = Buffer.byteLength(JSON.stringify(op.value ?? null));
    if (chunk.length > 0 && (chunk.length === MAX_OPERATIONS || bytes + size > MAX_TRANSACTION_BYTES)) {
      await execute(chunk, RACED);
      chunk = [];
      bytes = 0;
    }
    chunk.push(op);
    bytes += size;
  }
  if (chunk.length > 0) await execute(chunk, RACED);
}

function metaOperation(version: number | null, meta: ReadModelMeta): Operation {
  return conditionalSet(META_KEY, version, meta);
}

async function withRetry(attempt: () => Promise<void>): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof AppFailure && error.error.code === 'CONFLICT';
      if (!conflict || i >= ATTEMPTS) throw error;
    }
  }
}

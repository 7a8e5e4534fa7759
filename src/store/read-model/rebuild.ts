import { kvs, WhereConditions } from '@forge/kvs';
import { assembleShard, partsOf, type PageOfRecords, type ShardPart } from '../../domain';
import { kvsCall } from '../kvs-call';
import { contributionSpec, marketSpec, prioritySpec, productSpec, solutionSpec } from '../layout';
import { listStretch, listWhere } from '../reads';
import { execute, MAX_OPERATIONS } from '../writes';
import { epicsOperations, readForWrite, shardOperations } from './shards';

/**
 * The read model rebuilt a bounded step at a time (an import's last work), never one step that
 * reads every record:
 * 1. `rebuildPage`: a page of markets, priorities or products (RECORDS_PER_STEP), or of solutions
 *    (SOLUTIONS_PER_STEP) with each one's contributions (one index query each), leaves for each
 *    shard its records fall in a part (domain/read-model-parts.ts) in a plain KVS key, and writes
 *    those solutions' contributions values;
 * 2. `assembleShardOf`: one shard from its parts and the open-epic counts it stores, written
 *    conditional on the version noted when the rebuild began (`readLandingVersions`): a change
 *    that wrote the shard meanwhile may be missing from the parts, so the caller begins again.
 * Each step reads a page of records, or one shard and its parts: the same at any portfolio size
 * but the shard's own share of the summary (a 32nd, inside KVS's 240 KiB a value).
 * Parts live under `import-rebuild:<run>:<shard>:<seq>`; `run` is `<import id>:<round>`.
 */
const PREFIX = 'import-rebuild:';
const RECORDS_PER_STEP = 1_000;
/** ~40 linked epics a solution at L and XL: ~1,000 contributions (~600 KB) a step. */
const SOLUTIONS_PER_STEP = 25;

export const REBUILD_SOURCES = ['markets', 'priorities', 'products', 'solutions'] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const shardPrefix = (run: string, shard: number) => `${PREFIX}${run}:${pad(shard, 2)}:`;
const partKey = (run: string, shard: number, seq: number) => `${shardPrefix(run, shard)}${pad(seq, 6)}`;

/**
 * One page of a source from cursor `from`: its parts stored under step number `seq` (a step
 * delivered again writes the same keys), and, for solutions, their contributions values.
 */
export async function rebuildPage(
  run: string,
  source: number,
  from: string | null,
  seq: number,
): Promise<{ records: number; next: string | null }> {
  const name = REBUILD_SOURCES[source];
  const page: PageOfRecords = {};
  let found: { records: unknown[]; next: string | null };
  if (name === 'solutions') {
    const stretch = await listStretch(solutionSpec, from, SOLUTIONS_PER_STEP);
    const contributions = await Promise.all(
      stretch.records.map((s) => listWhere(contributionSpec, 'solutionId', s.id)),
    );
    page.solutions = stretch.records.map((solution, i) => ({ solution, contributions: contributions[i] }));
    // Unconditional, as a rebuild writes them: a change to the solution meanwhile also writes its
    // shard, so its assembly finds the shard changed and the rebuild begins again.
    const epics = page.solutions.flatMap(({ solution, contributions: list }) =>
      epicsOperations(solution.id, list, 0),
    );
    for (let i = 0; i < epics.length; i += MAX_OPERATIONS)
      await execute(epics.slice(i, i + MAX_OPERATIONS), '');
    found = stretch;
  } else {
    const spec = { markets: marketSpec, priorities: prioritySpec, products: productSpec }[name];
    found = await listStretch<{ version: number }>(spec, from, RECORDS_PER_STEP);
    (page as Record<string, unknown>)[name] = found.records;
  }
  const parts = [...partsOf(page)];
  for (let i = 0; i < parts.length; i += MAX_OPERATIONS) {
    const tx = kvs.transact();
    for (const [shard, part] of parts.slice(i, i + MAX_OPERATIONS)) tx.set(partKey(run, shard, seq), part);
    await kvsCall(() => tx.execute());
  }
  return { records: found.records.length, next: found.next };
}

/**
 * Shard `shard` assembled from its parts and written, if its landing value is still at `noted`
 * (the version when the rebuild began); 'changed' when another change wrote it since. Its parts
 * are deleted once it is written. Delivered again after writing, it finds its own mark and only
 * deletes what is left of the parts.
 */
export async function assembleShardOf(
  run: string,
  shard: number,
  noted: number | null,
): Promise<'written' | 'changed'> {
  const [parts, state] = await Promise.all([readParts(run, shard), readForWrite([shard])]);
  const stored = state.shards.get(shard)!;
  if (stored.rebuiltBy !== run) {
    if (stored.version !== noted) return 'changed';
    stored.value = assembleShard(
      parts.map((p) => p.value),
      Object.values(stored.value.products),
    );
    await execute(
      shardOperations(state, [shard], run),
      'The portfolio summary changed while it was rebuilt.',
    );
  }
  await deleteKeys(parts.map((p) => p.key));
  return 'written';
}

/** Parts of a rebuild of this import left behind (a round begun again): up to `max` deleted; answers how many. */
export async function dropRebuildParts(importId: string, max: number): Promise<number> {
  const found = await listKeys(`${PREFIX}${importId}:`, max);
  await deleteKeys(found.map((p) => p.key));
  return found.length;
}

const readParts = (run: string, shard: number) => listKeys<ShardPart>(shardPrefix(run, shard), Infinity);

async function listKeys<T>(prefix: string, max: number): Promise<{ key: string; value: T }[]> {
  const found: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(Math.min(100, max - found.length));
    if (cursor) query = query.cursor(cursor);
    const page = await kvsCall(() => query.getMany<T>());
    found.push(...page.results);
    cursor = page.nextCursor;
  } while (cursor && found.length < max);
  return found;
}

async function deleteKeys(keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += MAX_OPERATIONS) {
    const tx = kvs.transact();
    keys.slice(i, i + MAX_OPERATIONS).forEach((key) => tx.delete(key));
    await kvsCall(() => tx.execute());
  }
}

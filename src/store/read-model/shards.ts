import { kvs } from '@forge/kvs';
import { fail } from '../../contract';
import { emptyShard, SHARDS, type Shard } from '../../domain';
import { kvsCall } from '../kvs-call';

/** The custom entity (manifest.yml) holding the read model's values. */
export const READ_MODEL_ENTITY = 'read-model';
export const shardKey = (index: number) => `shard-${index}`;
export const META_KEY = 'meta';

/** When the read model was built and when Jira's open-epic counts were last taken. */
export interface ReadModelMeta {
  builtAt: string;
  countedAt: string | null;
}

export interface Versioned<T> {
  /** null when nothing is stored yet (the write then expects the key absent). */
  version: number | null;
  value: T;
}

type StoredValue<T> = { version: number; record: T };

/** Some shards (all by default), in batches of 25 keys (Forge's batch limit): two for all 32. */
export async function readShards(
  indexes: Iterable<number> = allShards(),
): Promise<Map<number, Versioned<Shard>>> {
  const wanted = [...new Set(indexes)];
  const shards = new Map<number, Versioned<Shard>>(
    wanted.map((i) => [i, { version: null, value: emptyShard() }]),
  );
  if (wanted.length === 0) return shards;
  const found = await batchGet<Shard>(wanted.map(shardKey));
  for (const i of wanted) {
    const stored = found.get(shardKey(i));
    if (stored) shards.set(i, { version: stored.version, value: stored.record });
  }
  return shards;
}

/** The shards and the meta value together, in one batch request (the landing's only storage read). */
export async function readEverything(): Promise<{
  shards: Map<number, Versioned<Shard>>;
  meta: Versioned<ReadModelMeta> | null;
}> {
  const found = await batchGet<Shard | ReadModelMeta>([...allShards().map(shardKey), META_KEY]);
  const shards = new Map<number, Versioned<Shard>>();
  for (const i of allShards()) {
    const stored = found.get(shardKey(i)) as StoredValue<Shard> | undefined;
    shards.set(
      i,
      stored ? { version: stored.version, value: stored.record } : { version: null, value: emptyShard() },
    );
  }
  const meta = found.get(META_KEY) as StoredValue<ReadModelMeta> | undefined;
  return { shards, meta: meta ? { version: meta.version, value: meta.record } : null };
}

export function allShards(): number[] {
  return Array.from({ length: SHARDS }, (_, i) => i);
}

const BATCH_KEYS = 25;

async function batchGet<T>(keys: string[]): Promise<Map<string, StoredValue<T>>> {
  const chunks = Array.from({ length: Math.ceil(keys.length / BATCH_KEYS) }, (_, i) =>
    keys.slice(i * BATCH_KEYS, (i + 1) * BATCH_KEYS),
  );
  const results = await Promise.all(
    chunks.map((chunk) =>
      kvsCall(() =>
        kvs.batchGet<StoredValue<T>>(chunk.map((key) => ({ key, entityName: READ_MODEL_ENTITY }))),
      ),
    ),
  );
  if (results.some((r) => r.failedKeys.some((f) => f.error.code !== 'KEY_NOT_FOUND')))
    fail('UNAVAILABLE', 'Forge storage did not return the portfolio summary. Please try again.');
  return new Map(results.flatMap((r) => r.successfulKeys.map((item) => [item.key, item.value] as const)));
}

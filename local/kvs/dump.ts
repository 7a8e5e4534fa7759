/** A deterministic snapshot of everything stored, for before/after comparisons in tests. */
import { entityNamespace, KV_SPACE, SECRET_SPACE, type KvsContext } from './context';
import type { KvsSnapshot, StoredItemSnapshot, StoredRow } from './types';

export function dumpStorage(ctx: KvsContext): KvsSnapshot {
  const snapshot: KvsSnapshot = { kv: {}, secrets: {}, entities: {} };
  for (const namespace of ctx.items.namespaces()) {
    const items = Object.fromEntries(ctx.items.all(namespace).map((row) => [row.key, toSnapshot(row)]));
    if (namespace === KV_SPACE.namespace) snapshot.kv = items;
    else if (namespace === SECRET_SPACE.namespace) snapshot.secrets = items;
    else snapshot.entities[namespace.slice(entityNamespace('').length)] = items;
  }
  return snapshot;
}

function toSnapshot(row: StoredRow): StoredItemSnapshot {
  return {
    value: JSON.parse(row.value) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.expire_at !== null && { expireTime: new Date(row.expire_at).toISOString() }),
  };
}

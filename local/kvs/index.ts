/**
 * The KVS emulator of the local Forge runtime: answers every request `@forge/kvs` sends, on
 * SQLite, with Forge's shapes, limits and error codes. See README.md.
 */
import type { EmulatorResponse, KvsService } from '../types';
import type { KvsContext } from './context';
import { entityNamespace } from './context';
import { dumpStorage } from './dump';
import { explainEntityQuery } from './entity-query';
import { indexEntriesFor, resolveEntities } from './entity-schema';
import { IndexStore } from './index-store';
import { ItemStore } from './item-store';
import { route } from './router';
import { openDatabase } from './schema';
import type { EntityDeclaration, KvsSnapshot } from './types';

export { entitiesFromManifest } from './manifest';
export { CONDITION_FAILED_CODE } from './transaction';
export type { EntityDeclaration } from './types';

export interface KvsEmulatorOptions {
  /** `':memory:'` in tests, a file path for `npm start`. */
  filename: string;
  entities: EntityDeclaration[];
  /** Clock in epoch milliseconds (timestamps and TTL); defaults to `Date.now`. */
  now?: () => number;
}

export interface KvsEmulator extends KvsService {
  /** Everything stored (kv, secrets, entities), sorted by key; expired values left out. */
  dump(): KvsSnapshot;
  /** How many requests `handle` has answered. */
  readonly operationCount: number;
  /**
   * Read units Forge would bill for what `handle` returned: each item read counts its size in
   * 10 KB units, at least one (developer.atlassian.com/platform/forge/platform-quotas-and-limits, KVS).
   */
  readonly readUnits: number;
  /** Bytes of the values `handle` returned (as JSON): what a read costs in memory and transfer. */
  readonly readBytes: number;
  /** SQLite's query plan for an `/api/v1/entity/query` body (proves an index is searched). */
  explainEntityQuery(body: unknown): string[];
}

export function createKvsEmulator(options: KvsEmulatorOptions): KvsEmulator {
  const db = openDatabase(options.filename);
  const now = options.now ?? Date.now;
  const ctx: KvsContext = {
    db,
    items: new ItemStore(db, now),
    indexes: new IndexStore(db),
    entities: resolveEntities(options.entities),
    now,
  };
  rebuildIndexes(ctx);
  let operationCount = 0;
  let readUnits = 0;
  let readBytes = 0;
  return {
    handle(path: string, body: unknown): EmulatorResponse {
      operationCount += 1;
      const answer = route(ctx, path, body);
      const read = itemBytesOf(answer.body);
      readUnits += read.reduce((sum, bytes) => sum + Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES)), 0);
      readBytes += read.reduce((sum, bytes) => sum + bytes, 0);
      return answer;
    },
    close: () => db.close(),
    dump: () => dumpStorage(ctx),
    get operationCount() {
      return operationCount;
    },
    get readUnits() {
      return readUnits;
    },
    get readBytes() {
      return readBytes;
    },
    explainEntityQuery: (body: unknown) => explainEntityQuery(ctx, body),
  };
}

const READ_UNIT_BYTES = 10 * 1024;

/**
 * The size of each item in an answer (the objects carrying a `value`: the answer itself for a get,
 * or those in its lists); Forge bills each at least one unit.
 */
function itemBytesOf(body: unknown): number[] {
  if (!body || typeof body !== 'object') return [];
  const bytes = (item: { value?: unknown }) => Buffer.byteLength(JSON.stringify(item.value));
  if ('value' in body) return [bytes(body as { value: unknown })];
  const found: number[] = [];
  for (const list of Object.values(body))
    if (Array.isArray(list))
      for (const item of list)
        if (item && typeof item === 'object' && 'value' in item) found.push(bytes(item));
  return found;
}

/** A stored database may predate the manifest's current indexes: rebuild them, as a deploy does. */
function rebuildIndexes(ctx: KvsContext): void {
  ctx.db.transaction(() => {
    ctx.indexes.clear();
    for (const entity of ctx.entities.values()) {
      for (const row of ctx.items.all(entityNamespace(entity.name))) {
        ctx.indexes.replace(
          entity.name,
          row.key,
          indexEntriesFor(entity, JSON.parse(row.value) as Record<string, unknown>),
        );
      }
    }
  })();
}

import { kvs } from '@forge/kvs';
import { fail } from '../contract';
import { kvsCall } from './kvs-call';
import { fromStored, type EntitySpec, type Stored } from './layout';
import { queryAll, queryStretch } from './paging';

/** One record by key; `undefined` when there is none. */
export async function getRecord<T extends { version: number }>(
  spec: EntitySpec<T>,
  key: string,
): Promise<T | undefined> {
  const value = await kvsCall(() => kvs.entity<Stored<T>>(spec.entity).get(key));
  return value && fromStored(value);
}

export async function requireRecord<T extends { version: number }>(
  spec: EntitySpec<T>,
  key: string,
  what: string,
): Promise<T> {
  return (
    (await getRecord(spec, key)) ??
    fail('NOT_FOUND', `This ${what} no longer exists. It may have been deleted by someone else.`)
  );
}

/** Every record of the entity, through its list index (cursor paging, never one get per record). */
export async function listRecords<T extends { version: number }>(spec: EntitySpec<T>): Promise<T[]> {
  return (await queryAll<T>({ entity: spec.entity, index: spec.listIndex })).map(fromStored);
}

/** Up to `max` records from cursor `from` of the entity's list index; `next` resumes after them. */
export async function listStretch<T extends { version: number }>(
  spec: EntitySpec<T>,
  from: string | null,
  max: number,
): Promise<{ records: T[]; next: string | null }> {
  const { values, next } = await queryStretch<T>({ entity: spec.entity, index: spec.listIndex }, from, max);
  return { records: values.map(fromStored), next };
}

/** Records whose index attribute `index` equals `value` (indexes named after their attribute). */
export async function listWhere<T extends { version: number }>(
  spec: EntitySpec<T>,
  index: string,
  value: string,
): Promise<T[]> {
  return (await queryAll<T>({ entity: spec.entity, index, equals: value })).map(fromStored);
}

/** Many records by key, 25 keys a request (the batch limit); missing keys are left out. */
export async function getMany<T extends { version: number }>(
  spec: EntitySpec<T>,
  keys: readonly string[],
): Promise<T[]> {
  const [found] = await getManyOf([{ spec, keys }]);
  return found as T[];
}

/**
 * Records of several entities by key, batched together (25 keys a request, entities mixed), so
 * what a view needs of each costs one request, not one per entity. One list per request, in order.
 */
export async function getManyOf(
  requests: readonly { spec: EntitySpec<{ version: number }>; keys: readonly string[] }[],
): Promise<{ version: number }[][]> {
  const found = await batchRead(
    requests.flatMap(({ spec, keys }) => keys.map((key) => ({ entity: spec.entity, key }))),
  );
  return requests.map(({ spec, keys }) =>
    keys.flatMap((key) => {
      const value = found.get(itemId(spec.entity, key)) as Stored<{ version: number }> | undefined;
      return value ? [fromStored(value)] : [];
    }),
  );
}

export const itemId = (entity: string, key: string) => `${entity}/${key}`;

/**
 * Stored values of any entities by key, as stored, 25 keys a request (Forge's batch limit), by
 * `itemId(entity, key)`; missing keys are left out.
 */
export async function batchRead(
  items: readonly { entity: string; key: string }[],
): Promise<Map<string, unknown>> {
  const unique = [...new Map(items.map((item) => [itemId(item.entity, item.key), item])).values()];
  const chunks = Array.from({ length: Math.ceil(unique.length / 25) }, (_, i) =>
    unique.slice(i * 25, (i + 1) * 25),
  );
  const results = await Promise.all(
    chunks.map((chunk) =>
      kvsCall(() => kvs.batchGet<unknown>(chunk.map(({ key, entity }) => ({ key, entityName: entity })))),
    ),
  );
  if (results.some((r) => r.failedKeys.some((f) => f.error.code !== 'KEY_NOT_FOUND'))) {
    fail('UNAVAILABLE', 'Forge storage did not return every record. Nothing was changed; please try again.');
  }
  return new Map(
    results.flatMap((r) =>
      r.successfulKeys.map((item) => [itemId(item.entityName ?? '', item.key), item.value] as const),
    ),
  );
}

import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { kvsCall } from './kvs-call';
import type { Stored } from './layout';

/** Forge's largest query page: https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query-complex */
const PAGE_SIZE = 100;

export interface IndexQuery {
  entity: string;
  index: string;
  partition?: unknown[];
  /** Only values whose range attribute equals this. */
  equals?: string;
  descending?: boolean;
  /** Stop after this many values (default: all). */
  max?: number;
}

/** Every value an index query yields, following the cursor page by page. */
export async function queryAll<T>(query: IndexQuery): Promise<Stored<T>[]> {
  return (await queryStretch<T>(query, null, query.max ?? Number.POSITIVE_INFINITY)).values;
}

/**
 * Up to `max` values of an index query from cursor `from` (null: the start), page by page:
 * `next` is where the following stretch starts, null at the end. Background jobs resume from it.
 */
export async function queryStretch<T>(
  query: IndexQuery,
  from: string | null,
  max: number,
): Promise<{ values: Stored<T>[]; next: string | null }> {
  const values: Stored<T>[] = [];
  let cursor = from ?? undefined;
  do {
    let builder = kvs
      .entity<Stored<T>>(query.entity)
      .query()
      .index(query.index, query.partition ? { partition: query.partition } : undefined)
      .limit(Math.min(PAGE_SIZE, max - values.length));
    if (query.equals !== undefined) builder = builder.where(WhereConditions.equalTo(query.equals));
    if (query.descending) builder = builder.sort(Sort.DESC);
    if (cursor) builder = builder.cursor(cursor);
    const page = await kvsCall(() => builder.getMany());
    values.push(...page.results.map((r) => r.value));
    cursor = page.nextCursor;
  } while (cursor && values.length < max);
  return { values, next: cursor ?? null };
}

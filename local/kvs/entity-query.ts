/**
 * /api/v1/entity/query: one index of one entity, by partition and range, with filters, sort,
 * limit and cursor. Every query searches an index (`idx_entity_index_lookup`, or the item
 * primary key for the reserved `by-key` index); none scans the entity's rows.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query-complex
 */
import type { EmulatorResponse } from '../types';
import { entitySpace, type KvsContext } from './context';
import { filterExpression, rangeCondition } from './conditions';
import { decodeCursor, encodeCursor } from './cursor';
import { BY_KEY_INDEX, partitionKey, type ResolvedEntity } from './entity-schema';
import { badRequest, invalidBody } from './errors';
import { toWireItem } from './item-ops';
import { validateQueryLimit } from './limits';
import { asArray, asRecord, metadataFieldsOf, optionalRecord, type JsonRecord } from './request';
import { ok } from './responses';
import { SqlParams } from './sql-params';
import type { SqlValue, StoredRow } from './types';

interface PlannedQuery {
  sql: string;
  params: SqlParams;
  limit: number;
}

type QueryRow = StoredRow & { range_value: SqlValue };

export function handleEntityQuery(ctx: KvsContext, body: unknown): EmulatorResponse {
  const request = asRecord(body);
  const plan = planEntityQuery(ctx, request);
  const rows = ctx.db.prepare<Record<string, SqlValue>, QueryRow>(plan.sql).all(plan.params.values);
  const page = rows.slice(0, plan.limit);
  const last = page[page.length - 1];
  const fields = metadataFieldsOf(optionalRecord(request.options, 'options') ?? request);
  return ok({
    data: page.map((row) => toWireItem(row, fields)),
    ...(rows.length > plan.limit &&
      last && { cursor: encodeCursor({ range: last.range_value, key: last.key }) }),
  });
}

/** SQLite's plan for the query a request would run, so tests can prove an index is searched. */
export function explainEntityQuery(ctx: KvsContext, body: unknown): string[] {
  const plan = planEntityQuery(ctx, asRecord(body));
  const steps = ctx.db
    .prepare<Record<string, SqlValue>, { detail: string }>(`EXPLAIN QUERY PLAN ${plan.sql}`)
    .all(plan.params.values);
  return steps.map((step) => step.detail);
}

function planEntityQuery(ctx: KvsContext, request: JsonRecord): PlannedQuery {
  const space = entitySpace(ctx, request.entityName);
  const entity = space.entity as ResolvedEntity;
  const limit = validateQueryLimit(request.limit);
  const sort = request.sort ?? 'ASC';
  if (sort !== 'ASC' && sort !== 'DESC') throw invalidBody('sort must be ASC or DESC.');
  const params = new SqlParams();
  const cursor = decodeCursor(request.cursor);
  const after = sort === 'ASC' ? '>' : '<';
  const conditions = [
    `r.namespace = ${params.bind(space.namespace)}`,
    `(r.expire_at IS NULL OR r.expire_at > ${params.bind(ctx.now())})`,
  ];
  if (request.filters !== undefined)
    conditions.push(filterExpression('r.value', request.filters, entity, params));
  let source: string;
  let rangeColumn: string;
  let keyColumn: string;
  if (request.indexName === BY_KEY_INDEX) {
    requirePartition(request.partition, []);
    source = 'item AS r';
    rangeColumn = keyColumn = 'r.key';
    if (request.range !== undefined)
      conditions.push(rangeCondition('r.key', request.range, 'string', params));
    if (cursor) conditions.push(`r.key ${after} ${params.bind(cursor.key)}`);
  } else {
    const index = typeof request.indexName === 'string' ? entity.indexes.get(request.indexName) : undefined;
    if (!index)
      throw badRequest(
        'INVALID_ENTITY_INDEX',
        `Index '${String(request.indexName)}' is not declared for entity '${entity.name}'.`,
      );
    const partition = requirePartition(request.partition, index.partition);
    // CROSS JOIN keeps the index table as the outer loop: SQLite never reorders it.
    source = 'entity_index_entry AS i CROSS JOIN item AS r ON r.key = i.key';
    rangeColumn = 'i.range_value';
    keyColumn = 'i.key';
    conditions.push(
      `i.entity = ${params.bind(entity.name)}`,
      `i.index_name = ${params.bind(index.name)}`,
      `i.partition = ${params.bind(partitionKey(partition))}`,
    );
    const rangeType = entity.attributes.get(index.range) ?? 'any';
    if (request.range !== undefined)
      conditions.push(rangeCondition('i.range_value', request.range, rangeType, params));
    if (cursor)
      conditions.push(
        `(i.range_value, i.key) ${after} (${params.bind(cursor.range)}, ${params.bind(cursor.key)})`,
      );
  }
  const direction = sort === 'ASC' ? 'ASC' : 'DESC';
  const sql = `SELECT r.key, r.value, r.created_at, r.updated_at, r.expire_at, ${rangeColumn} AS range_value
    FROM ${source} WHERE ${conditions.join(' AND ')}
    ORDER BY ${rangeColumn} ${direction}${rangeColumn === keyColumn ? '' : `, ${keyColumn} ${direction}`}
    LIMIT ${params.bind(limit + 1)}`;
  return { sql, params, limit };
}

/** Indexes with a partition need one value per partition attribute, in declared order. */
function requirePartition(raw: unknown, attributes: string[]): unknown[] {
  const values = raw === undefined || raw === null ? [] : asArray(raw, 'partition');
  if (values.length !== attributes.length) {
    throw invalidBody(
      `This index needs ${attributes.length} partition value(s) (${attributes.join(', ') || 'none'}), got ${values.length}.`,
    );
  }
  return values;
}

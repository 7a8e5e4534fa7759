/** /api/v1/query: KVS keys in key order, optionally by prefix, paged by cursor. */
import type { EmulatorResponse } from '../types';
import { KV_SPACE, type KvsContext } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { invalidBody } from './errors';
import { toWireItem } from './item-ops';
import { validateQueryLimit } from './limits';
import { asArray, asRecord, metadataFieldsOf, optionalRecord } from './request';
import { ok } from './responses';

/**
 * Only `where key BEGINS_WITH` exists for KVS queries; secrets are never queryable.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query
 */
export function handleKvsQuery(ctx: KvsContext, body: unknown): EmulatorResponse {
  const request = asRecord(body);
  const limit = validateQueryLimit(request.limit);
  const prefix = prefixOf(request.where);
  const after = decodeCursor(request.after)?.key ?? '';
  const fields = metadataFieldsOf(optionalRecord(request.options, 'options'));
  const rows = ctx.items.page(KV_SPACE.namespace, prefix, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return ok({
    data: page.map((row) => toWireItem(row, fields)),
    ...(rows.length > limit && last && { cursor: encodeCursor({ range: last.key, key: last.key }) }),
  });
}

function prefixOf(where: unknown): string {
  if (where === undefined || where === null) return '';
  const clauses = asArray(where, 'where');
  if (clauses.length === 0) return '';
  if (clauses.length > 1) throw invalidBody('There may only be a single where condition for a query.');
  const clause = asRecord(clauses[0], 'where clause');
  const values = asArray(clause.values, 'where values');
  if (clause.property !== 'key' || clause.condition !== 'BEGINS_WITH' || typeof values[0] !== 'string') {
    throw invalidBody('KVS queries support only: where key BEGINS_WITH <string>.');
  }
  return values[0];
}

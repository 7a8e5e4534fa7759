/**
 * /api/v1/transaction: sets, deletes and checks that all commit or none do. Everything is
 * validated first, then conditions are evaluated and writes applied in one SQLite transaction.
 * https://developer.atlassian.com/platform/forge/storage-reference/transactions-entities
 */
import type { EmulatorResponse } from '../types';
import { spaceOf, type KvsContext, type Space } from './context';
import { filterExpression } from './conditions';
import { KvsError, invalidBody } from './errors';
import { deleteItem, prepareWrite, readItem, writeItem } from './item-ops';
import { MAX_TRANSACTION_OPERATIONS, validateKey, validatePayloadSize } from './limits';
import { asArray, asRecord, optionalRecord, type JsonRecord } from './request';
import { noContent } from './responses';
import { SqlParams } from './sql-params';

/** Code of a failed condition. Forge documents none; DynamoDB's name, which Forge's store mirrors. */
export const CONDITION_FAILED_CODE = 'CONDITIONAL_CHECK_FAILED';

interface Operation {
  kind: 'set' | 'delete' | 'check';
  item: JsonRecord;
  space: Space;
}

export function handleTransaction(ctx: KvsContext, body: unknown): EmulatorResponse {
  const operations = validateTransaction(ctx, body);
  ctx.db.transaction(() => {
    for (const operation of operations) assertConditions(ctx, operation);
    for (const { kind, item, space } of operations) {
      if (kind === 'set')
        writeItem(ctx, space, item.key, item.value, optionalRecord(item.options, 'options'));
      if (kind === 'delete') deleteItem(ctx, space, item.key);
    }
  })();
  return noContent();
}

function validateTransaction(ctx: KvsContext, body: unknown): Operation[] {
  const request = asRecord(body);
  const listed = (['set', 'delete', 'check'] as const).flatMap((kind) =>
    request[kind] === undefined
      ? []
      : asArray(request[kind], kind).map((raw) => ({ kind, item: asRecord(raw, `${kind} item`) })),
  );
  if (listed.length === 0) throw invalidBody('A transaction must contain at least one operation.');
  if (listed.length > MAX_TRANSACTION_OPERATIONS) {
    throw invalidBody(`Each transaction can contain a maximum of ${MAX_TRANSACTION_OPERATIONS} operations.`);
  }
  validatePayloadSize(body, 'transaction');
  const seen = new Set<string>();
  return listed.map(({ kind, item }) => {
    const space = spaceOf(ctx, item.entityName);
    if (kind === 'set') prepareWrite(space, item.key, item.value);
    else validateKey(item.key, space.keyFlavour);
    if (item.conditions !== undefined && !space.entity)
      throw invalidBody('Conditions apply only to custom entity operations.');
    if (kind === 'check' && (item.conditions === undefined || !space.entity))
      throw invalidBody('A check needs an entityName and conditions.');
    const identity = `${space.namespace}\u0000${String(item.key)}`;
    if (seen.has(identity)) throw invalidBody('Each key can only be used once in a transaction.');
    seen.add(identity);
    return { kind, item, space };
  });
}

/** A check needs the key to exist; set/delete conditions see a missing key as an empty value. */
function assertConditions(ctx: KvsContext, { kind, item, space }: Operation): void {
  if (item.conditions === undefined || !space.entity) return;
  const row = readItem(ctx, space, item.key);
  const params = new SqlParams();
  const document = params.bind(row?.value ?? '{}');
  const expression = filterExpression('r.value', item.conditions, space.entity, params);
  const result = ctx.db
    .prepare<Record<string, string | number | null>, { met: number }>(
      `SELECT CASE WHEN ${expression} THEN 1 ELSE 0 END AS met FROM (SELECT ${document} AS value) AS r`,
    )
    .get(params.values);
  if ((kind === 'check' && !row) || result?.met !== 1) {
    throw new KvsError(
      409,
      CONDITION_FAILED_CODE,
      `Transaction cancelled: the condition on '${String(item.key)}' was not met.`,
    );
  }
}

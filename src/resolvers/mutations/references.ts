import { fail } from '../../contract';
import type { Deps } from '../../deps';

/**
 * References a change makes to other records, checked before the store is asked to write, so
 * the person sees WHICH chosen record is gone, next to the field. The store checks the same
 * references again inside its transaction, which catches a delete racing this change.
 * `at` is where the field sits in the payload: '' for a create, 'changes.' for an update.
 */

export async function requireMarket(deps: Pick<Deps, 'store'>, marketId: string, at = ''): Promise<void> {
  if (await deps.store.markets.get(marketId)) return;
  fail('VALIDATION', 'The chosen market no longer exists. Reload and choose another one.', {
    fields: { [`${at}marketId`]: 'This market no longer exists' },
  });
}

/** Names each missing priority by its position: `priorityIds.1`. */
export async function requirePriorities(
  deps: Pick<Deps, 'store'>,
  priorityIds: readonly string[],
  at = '',
): Promise<void> {
  // Priorities are few (one list query, paged by 100); a solution may name up to 50.
  const existing = new Set((await deps.store.priorities.list()).map((p) => p.id));
  const fields: Record<string, string> = {};
  priorityIds.forEach((id, i) => {
    if (!existing.has(id)) fields[`${at}priorityIds.${i}`] = 'This priority no longer exists';
  });
  const missing = Object.keys(fields).length;
  if (missing === 0) return;
  fail(
    'VALIDATION',
    `${missing === 1 ? 'One chosen business priority no longer exists' : `${missing} chosen business priorities no longer exist`}. Reload and choose again.`,
    { fields },
  );
}

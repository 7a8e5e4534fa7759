import type { Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from './authorize';
import { deleteRecord } from './deletes';
import { requireMarket } from './references';

export function priorityMutations(deps: Deps) {
  return {
    'priority.create': define('priority.create', async (input, caller) => {
      await requireManager(deps, caller);
      await requireMarket(deps, input.marketId);
      return deps.store.priorities.create(input, caller.accountId);
    }),
    'priority.update': define('priority.update', async ({ id, version, changes }, caller) => {
      await requireManager(deps, caller);
      if (changes.marketId !== undefined) await requireMarket(deps, changes.marketId, 'changes.');
      return deps.store.priorities.update(id, version, changes, caller.accountId);
    }),
    'priority.delete': define('priority.delete', (input, caller) =>
      deleteRecord(deps, 'priority', input, caller),
    ),
  };
}

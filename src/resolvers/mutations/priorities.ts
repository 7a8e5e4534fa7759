import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { requireMarket } from './references';

export function priorityMutations(deps: Deps) {
  return {
    'priority.create': defineManaged(deps, 'priority.create', async (input, caller) => {
      await requireMarket(deps, input.marketId);
      return deps.store.priorities.create(input, caller.accountId);
    }),
    'priority.update': defineManaged(deps, 'priority.update', async ({ id, version, changes }, caller) => {
      if (changes.marketId !== undefined) await requireMarket(deps, changes.marketId, 'changes.');
      return deps.store.priorities.update(id, version, changes, caller.accountId);
    }),
    'priority.delete': defineManaged(deps, 'priority.delete', (input, caller) =>
      deleteRecord(deps, 'priority', input, caller),
    ),
  };
}

import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';

export function marketMutations(deps: Deps) {
  return {
    'market.create': defineManaged(deps, 'market.create', async (input, caller) => {
      return deps.store.markets.create(input, caller.accountId);
    }),
    'market.update': defineManaged(deps, 'market.update', async ({ id, version, changes }, caller) => {
      return deps.store.markets.update(id, version, changes, caller.accountId);
    }),
    'market.delete': defineManaged(deps, 'market.delete', (input, caller) =>
      deleteRecord(deps, 'market', input, caller),
    ),
  };
}

import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { refreshLayersAfter } from '../layer/after-change';

export function marketMutations(deps: Deps) {
  return {
    'market.create': defineManaged(deps, 'market.create', async (input, caller) => {
      return deps.store.markets.create(input, caller.accountId);
    }),
    'market.update': defineManaged(deps, 'market.update', async ({ id, version, changes }, caller) => {
      const updated = await deps.store.markets.update(id, version, changes, caller.accountId);
      if (changes.name !== undefined) await refreshLayersAfter(deps, 'marketIds', id, caller);
      return updated;
    }),
    'market.delete': defineManaged(deps, 'market.delete', async (input, caller) => {
      const result = await deleteRecord(deps, 'market', input, caller);
      await refreshLayersAfter(deps, 'marketIds', input.id, caller);
      return result;
    }),
  };
}

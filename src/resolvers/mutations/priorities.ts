import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { refreshLayersAfter } from '../layer/after-change';

/** The market a priority names is checked by the store's write (src/store/rules.ts), once. */
export function priorityMutations(deps: Deps) {
  return {
    'priority.create': defineManaged(deps, 'priority.create', (input, caller) =>
      deps.store.priorities.create(input, caller.accountId),
    ),
    'priority.update': defineManaged(deps, 'priority.update', async ({ id, version, changes }, caller) => {
      const updated = await deps.store.priorities.update(id, version, changes, caller.accountId);
      if (changes.title !== undefined || changes.layer !== undefined || changes.marketId !== undefined)
        await refreshLayersAfter(deps, 'priorityIds', id, caller);
      return updated;
    }),
    'priority.delete': defineManaged(deps, 'priority.delete', async (input, caller) => {
      const result = await deleteRecord(deps, 'priority', input, caller);
      await refreshLayersAfter(deps, 'priorityIds', input.id, caller);
      return result;
    }),
  };
}

import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { refreshLayersAfter } from '../layer/after-change';

/** The priorities a solution addresses are checked by the store's write (src/store/rules.ts), once. */
export function solutionMutations(deps: Deps) {
  return {
    'solution.create': defineManaged(deps, 'solution.create', (input, caller) =>
      deps.store.solutions.create(input, caller.accountId),
    ),
    'solution.update': defineManaged(deps, 'solution.update', async ({ id, version, changes }, caller) => {
      const updated = await deps.store.solutions.update(id, version, changes, caller.accountId);
      if (changes.name !== undefined || changes.priorityIds !== undefined)
        await refreshLayersAfter(deps, 'solutionIds', id, caller);
      return updated;
    }),
    'solution.delete': defineManaged(deps, 'solution.delete', async (input, caller) => {
      const result = await deleteRecord(deps, 'solution', input, caller);
      await refreshLayersAfter(deps, 'solutionIds', input.id, caller);
      return result;
    }),
  };
}

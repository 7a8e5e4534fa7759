import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { refreshLayersAfter } from '../layer/after-change';
import { requirePriorities } from './references';

export function solutionMutations(deps: Deps) {
  return {
    'solution.create': defineManaged(deps, 'solution.create', async (input, caller) => {
      await requirePriorities(deps, input.priorityIds);
      return deps.store.solutions.create(input, caller.accountId);
    }),
    'solution.update': defineManaged(deps, 'solution.update', async ({ id, version, changes }, caller) => {
      if (changes.priorityIds !== undefined) await requirePriorities(deps, changes.priorityIds, 'changes.');
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

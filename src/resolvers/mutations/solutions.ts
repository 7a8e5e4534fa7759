import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';
import { requirePriorities } from './references';

export function solutionMutations(deps: Deps) {
  return {
    'solution.create': defineManaged(deps, 'solution.create', async (input, caller) => {
      await requirePriorities(deps, input.priorityIds);
      return deps.store.solutions.create(input, caller.accountId);
    }),
    'solution.update': defineManaged(deps, 'solution.update', async ({ id, version, changes }, caller) => {
      if (changes.priorityIds !== undefined) await requirePriorities(deps, changes.priorityIds, 'changes.');
      return deps.store.solutions.update(id, version, changes, caller.accountId);
    }),
    'solution.delete': defineManaged(deps, 'solution.delete', (input, caller) =>
      deleteRecord(deps, 'solution', input, caller),
    ),
  };
}

import type { Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from './authorize';
import { deleteRecord } from './deletes';
import { requirePriorities } from './references';

export function solutionMutations(deps: Deps) {
  return {
    'solution.create': define('solution.create', async (input, caller) => {
      await requireManager(deps, caller);
      await requirePriorities(deps, input.priorityIds);
      return deps.store.solutions.create(input, caller.accountId);
    }),
    'solution.update': define('solution.update', async ({ id, version, changes }, caller) => {
      await requireManager(deps, caller);
      if (changes.priorityIds !== undefined) await requirePriorities(deps, changes.priorityIds, 'changes.');
      return deps.store.solutions.update(id, version, changes, caller.accountId);
    }),
    'solution.delete': define('solution.delete', (input, caller) =>
      deleteRecord(deps, 'solution', input, caller),
    ),
  };
}

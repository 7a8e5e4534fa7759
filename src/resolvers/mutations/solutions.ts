import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';

/** The priorities a solution addresses are checked by the store's write (src/store/rules.ts), once. */
export function solutionMutations(deps: Deps) {
  return {
    'solution.create': defineManaged(deps, 'solution.create', (input, caller) =>
      deps.store.solutions.create(input, caller.accountId),
    ),
    'solution.update': defineManaged(deps, 'solution.update', ({ id, version, changes }, caller) =>
      deps.store.solutions.update(id, version, changes, caller.accountId),
    ),
    'solution.delete': defineManaged(deps, 'solution.delete', (input, caller) =>
      deleteRecord(deps, 'solution', input, caller),
    ),
  };
}

import type { Deps } from '../../deps';
import { defineManaged } from './authorize';
import { deleteRecord } from './deletes';

/** The market a priority names is checked by the store's write (src/store/rules.ts), once. */
export function priorityMutations(deps: Deps) {
  return {
    'priority.create': defineManaged(deps, 'priority.create', (input, caller) =>
      deps.store.priorities.create(input, caller.accountId),
    ),
    'priority.update': defineManaged(deps, 'priority.update', ({ id, version, changes }, caller) =>
      deps.store.priorities.update(id, version, changes, caller.accountId),
    ),
    'priority.delete': defineManaged(deps, 'priority.delete', (input, caller) =>
      deleteRecord(deps, 'priority', input, caller),
    ),
  };
}

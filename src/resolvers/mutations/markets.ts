import type { Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from './authorize';
import { deleteRecord } from './deletes';

export function marketMutations(deps: Deps) {
  return {
    'market.create': define('market.create', async (input, caller) => {
      await requireManager(deps, caller);
      return deps.store.markets.create(input, caller.accountId);
    }),
    'market.update': define('market.update', async ({ id, version, changes }, caller) => {
      await requireManager(deps, caller);
      return deps.store.markets.update(id, version, changes, caller.accountId);
    }),
    'market.delete': define('market.delete', (input, caller) => deleteRecord(deps, 'market', input, caller)),
  };
}

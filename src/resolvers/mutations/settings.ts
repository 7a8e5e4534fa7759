import type { Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from './authorize';

/** Portfolio settings: one record; `version: null` when the caller saw the defaults (never saved). */
export function settingsMutations(deps: Deps) {
  return {
    'settings.update': define('settings.update', async ({ version, changes }, caller) => {
      await requireManager(deps, caller);
      return deps.store.settings.update(version, changes, caller.accountId);
    }),
  };
}

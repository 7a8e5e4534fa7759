import type { Deps } from '../../deps';
import { refuseDuringImport } from '../jobs';
import { recountEveryProduct } from '../reconcile';
import { defineManaged } from './authorize';

/** Portfolio settings: one record; `version: null` when the caller saw the defaults (never saved). */
export function settingsMutations(deps: Deps) {
  return {
    'settings.update': defineManaged(deps, 'settings.update', async ({ version, changes }, caller) => {
      const before = await deps.store.settings.get();
      const types = changes.epicIssueTypes;
      // A new definition of epics needs every product counted again, which waits for an import.
      if (types && types.join('\n') !== before.epicIssueTypes.join('\n'))
        await refuseDuringImport(
          deps,
          'Changing which issue types are epics (every product is counted again)',
        );
      const saved = await deps.store.settings.update(version, changes, caller.accountId);
      // Which issue types are epics decides every open-epic count: take them again (one
      // approximate count per project, as the app, in a background job a page of projects a
      // step), so balance soon stops mixing the two definitions.
      if (saved.epicIssueTypes.join('\n') !== before.epicIssueTypes.join('\n'))
        await recountEveryProduct(deps, caller.accountId);
      return saved;
    }),
  };
}

import { fail, type Settings } from '../../contract';
import type { Deps } from '../../deps';
import { refuseDuringImport } from '../jobs';
import { fullRefresh, recountEveryProduct } from '../reconcile';
import { defineManaged } from './authorize';

/** Portfolio settings: one record; `version: null` when the caller saw the defaults (never saved). */
export function settingsMutations(deps: Deps) {
  return {
    'settings.update': defineManaged(deps, 'settings.update', async ({ version, changes }, caller) => {
      const before = await deps.store.settings.get();
      requireEstimateField(before, changes);
      const types = changes.epicIssueTypes;
      // A new definition of epics needs every product counted again, which waits for an import.
      if (types && types.join('\n') !== before.epicIssueTypes.join('\n'))
        await refuseDuringImport(
          deps,
          'Changing which issue types are epics (every product is counted again)',
        );
      const newField =
        changes.estimateFieldId !== undefined && changes.estimateFieldId !== before.estimateFieldId;
      // Every snapshot's estimate is read from the chosen field: a new one needs every linked epic
      // read again, which waits for an import as a full refresh does.
      if (newField)
        await refuseDuringImport(deps, 'Changing the estimate field (every linked epic is read again)');
      const saved = await deps.store.settings.update(version, changes, caller.accountId);
      // Which issue types are epics decides every open-epic count: take them again (one
      // approximate count per project, as the app, in a background job a page of projects a
      // step), so balance soon stops mixing the two definitions.
      if (saved.epicIssueTypes.join('\n') !== before.epicIssueTypes.join('\n'))
        await recountEveryProduct(deps, caller.accountId);
      // The stored estimates are the old field's until every snapshot is read again: the full
      // refresh the admin page starts (in bulk, a step at a time), so the read model follows.
      if (saved.estimateFieldId !== before.estimateFieldId && saved.estimateFieldId !== null)
        await fullRefresh(deps, caller.accountId);
      return saved;
    }),
  };
}

type Changes = Partial<Pick<Settings, 'investmentMeasure' | 'estimateFieldId'>>;

/** The estimate measure sums a field: it cannot be chosen (or the field cleared) without one. */
function requireEstimateField(before: Settings, changes: Changes): void {
  const measure = changes.investmentMeasure ?? before.investmentMeasure;
  const fieldId = changes.estimateFieldId !== undefined ? changes.estimateFieldId : before.estimateFieldId;
  if (measure === 'estimate' && fieldId === null) {
    const message = 'Choose the numeric Jira field that holds the estimates (story points)';
    fail('VALIDATION', `${message}.`, { fields: { 'changes.estimateFieldId': message } });
  }
}

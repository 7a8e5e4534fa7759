import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import type { Settings } from '../../../../../src/contract';
import {
  fieldError,
  fieldErrorUnder,
  FormError,
  useMutation,
  useFlag,
  useResolver,
  SectionHeading,
} from '../../../../shared';
import { BalanceTargetField } from './BalanceTargetField';
import { InvestmentMeasureField } from './InvestmentMeasureField';
import { LayerWeightsFields } from './LayerWeightsFields';
import { toChanges, toDraft } from './settingsDraft';
import { TextListField } from './TextListField';
import { ExtraEditorsField } from './ExtraEditorsField';

const PLACED = [
  'balanceTarget',
  'layerWeights',
  'epicIssueTypes',
  'extraEditorAccountIds',
  'investmentMeasure',
  'estimateFieldId',
  'estimateFieldName',
];

/** Portfolio settings. Mount with `key={settings.version}` so a save or reload starts from what is stored. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useMutation('settings.update');
  const flag = useFlag();
  // The site's issue types, as the admin sees them, for the epic issue type picker.
  const issueTypes = useResolver('jira.issueTypes', {});

  const errorFor = (path: string): string | undefined => {
    if (localErrors[path]) return localErrors[path];
    // The backend speaks in shares (0..1); this form speaks in percentages.
    if (path === 'balanceTarget' && fieldError(save.error, path)) return 'Enter a percentage from 0 to 100';
    return fieldErrorUnder(save.error, path);
  };

  const submit = async () => {
    const checked = toChanges(draft);
    if (!checked.ok) return setLocalErrors(checked.errors);
    setLocalErrors({});
    const saved = await save.run({
      version: settings.version >= 1 ? settings.version : null,
      changes: checked.changes,
    });
    if (!saved) return;
    flag('Settings saved');
    onSaved();
  };

  return (
    <form
      aria-labelledby="settings-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack space="space.300">
        <SectionHeading id="settings-heading" title="Portfolio settings" />
        <FormError
          error={save.error}
          placed={(path) => PLACED.some((p) => path === p || path.startsWith(`${p}.`))}
          onReload={onSaved}
        />
        <BalanceTargetField
          value={draft.balanceTargetPercent}
          onChange={(balanceTargetPercent) => setDraft({ ...draft, balanceTargetPercent })}
          error={errorFor('balanceTarget')}
        />
        <LayerWeightsFields
          weights={draft.layerWeights}
          onChange={(layerWeights) => setDraft({ ...draft, layerWeights })}
          errorFor={errorFor}
        />
        <InvestmentMeasureField
          value={draft.investmentMeasure}
          onChange={(investmentMeasure) => setDraft({ ...draft, investmentMeasure })}
          error={errorFor('investmentMeasure')}
          field={draft.estimateField}
          onFieldChange={(estimateField) => setDraft({ ...draft, estimateField })}
          fieldError={errorFor('estimateFieldId') ?? errorFor('estimateFieldName')}
        />
        <TextListField
          label="Issue types that count as epics"
          helper="Jira issue types whose issues can be linked to solutions, e.g. Epic or Initiative."
          options={(issueTypes.data ?? []).map((t) => t.name)}
          error={errorFor('epicIssueTypes')}
          values={draft.epicIssueTypes}
          onChange={(epicIssueTypes) => setDraft({ ...draft, epicIssueTypes })}
          createLabel={(input) => `Add issue type "${input}"`}
        />
        <ExtraEditorsField
          values={draft.extraEditorAccountIds}
          onChange={(extraEditorAccountIds) => setDraft({ ...draft, extraEditorAccountIds })}
          error={errorFor('extraEditorAccountIds')}
        />
        <Inline space="space.100">
          <Button appearance="primary" type="submit" isLoading={save.pending}>
            Save settings
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setDraft(toDraft(settings));
              setLocalErrors({});
              save.reset();
            }}
          >
            Discard changes
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

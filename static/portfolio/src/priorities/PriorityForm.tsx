import { ErrorMessage } from '@atlaskit/form';
import { useState } from 'react';
import type { Evidence, Priority } from '../../../../src/contract';
import {
  fieldError,
  FormDialog,
  SelectInputField,
  TextInputField,
  useMutation,
  type Choice,
} from '../../../shared';
import { layerChoices, marketChoices, oneToFiveChoices, priorityStatusChoices } from '../dialogs/choices';
import { useAfterSave, useReloadAndClose } from '../dialogs/useAfterSave';
import { usePortfolio } from '../PortfolioContext';
import { EvidenceEditor } from './EvidenceEditor';

interface Values extends Record<string, unknown> {
  marketId: Choice | null;
  title: string;
  outcome: string;
  layer: Choice<Priority['layer']> | null;
  importance: Choice<number> | null;
  status: Choice<Priority['status']> | null;
}

const PLACED = new Set(['marketId', 'title', 'outcome', 'layer', 'importance', 'status']);
const placed = (path: string) => PLACED.has(path) || /^evidence\.\d+\./.test(path);

/** Create or edit a business priority, with its evidence entries. */
export function PriorityForm({ priority, marketId }: { priority?: Priority; marketId?: string }) {
  const { view, closeDialog } = usePortfolio();
  const create = useMutation('priority.create');
  const update = useMutation('priority.update');
  const error = priority ? update.error : create.error;
  const afterSave = useAfterSave();
  const reloadAndClose = useReloadAndClose();
  const [evidence, setEvidence] = useState<Evidence[]>(priority?.evidence ?? []);

  const submit = async (values: Values) => {
    const fields = {
      marketId: values.marketId?.value ?? '',
      title: values.title,
      outcome: values.outcome,
      layer: values.layer?.value ?? 'executive',
      importance: values.importance?.value ?? 3,
      status: values.status?.value ?? 'hypothesis',
      evidence,
    };
    const saved = priority
      ? await update.run({ id: priority.id, version: priority.version, changes: fields })
      : await create.run(fields);
    if (saved) await afterSave(`Priority "${saved.title}" saved`);
  };

  const listError = fieldError(error, 'evidence');
  return (
    <FormDialog<Values>
      title={priority ? `Edit priority "${priority.title}"` : 'Create business priority'}
      onSubmit={submit}
      onClose={closeDialog}
      error={error}
      placed={placed}
      onReload={reloadAndClose}
      width="large"
    >
      <SelectInputField
        name="marketId"
        label="Market"
        options={marketChoices(view.markets)}
        defaultValue={priority?.marketId ?? marketId ?? view.markets[0]?.id ?? null}
        isRequired
        error={error}
      />
      <TextInputField
        name="title"
        label="Title"
        defaultValue={priority?.title}
        isRequired
        error={error}
        helper="What the customer business must achieve, without product language."
      />
      <TextInputField
        name="outcome"
        label="Measurable outcome"
        defaultValue={priority?.outcome}
        isRequired
        multiline
        error={error}
        helper="How the customer would know it is achieved, e.g. “close the books in 3 days instead of 10”."
      />
      <SelectInputField
        name="layer"
        label="Customer-organisation layer"
        options={layerChoices}
        defaultValue={priority?.layer ?? 'executive'}
        isRequired
        error={error}
      />
      <SelectInputField
        name="importance"
        label="Importance"
        options={oneToFiveChoices}
        defaultValue={priority?.importance ?? 3}
        isRequired
        error={error}
      />
      <SelectInputField
        name="status"
        label="Status"
        options={priorityStatusChoices}
        defaultValue={priority?.status ?? 'hypothesis'}
        isRequired
        error={error}
      />
      <EvidenceEditor entries={evidence} onChange={setEvidence} error={error} />
      {listError && <ErrorMessage>{listError}</ErrorMessage>}
    </FormDialog>
  );
}

import { ErrorMessage } from '@atlaskit/form';
import { useState } from 'react';
import type { Evidence, Priority } from '../../../../src/contract';
import { fieldError, FormDialog, SelectInputField, TextInputField, type Choice } from '../../../shared';
import { layerChoices, marketChoices, oneToFiveChoices, priorityStatusChoices } from '../dialogs/choices';
import { useRecordForm } from '../forms/useRecordForm';
import { marketsByWeight } from '../portfolioIndex';
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
  const { summary } = usePortfolio();
  const { error, save, dialogProps } = useRecordForm(
    'priority',
    priority,
    (saved) => `Priority "${saved.title}" saved`,
  );
  const [evidence, setEvidence] = useState<Evidence[]>(priority?.evidence ?? []);

  const submit = (values: Values) =>
    save({
      marketId: values.marketId?.value ?? '',
      title: values.title,
      outcome: values.outcome,
      layer: values.layer?.value ?? 'executive',
      importance: values.importance?.value ?? 3,
      status: values.status?.value ?? 'hypothesis',
      evidence,
    });

  const listError = fieldError(error, 'evidence');
  return (
    <FormDialog<Values>
      title={priority ? `Edit priority "${priority.title}"` : 'Create business priority'}
      onSubmit={submit}
      placed={placed}
      width="large"
      {...dialogProps}
    >
      <SelectInputField
        name="marketId"
        label="Market"
        options={marketChoices(marketsByWeight(summary.markets))}
        defaultValue={priority?.marketId ?? marketId ?? marketsByWeight(summary.markets)[0]?.id ?? null}
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

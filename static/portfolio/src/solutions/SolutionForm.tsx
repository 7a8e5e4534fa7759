import type { Solution } from '../../../../src/contract';
import {
  FormDialog,
  MultiSelectInputField,
  SelectInputField,
  TextInputField,
  type Choice,
  type ChoiceGroup,
} from '../../../shared';
import { horizonChoices, solutionStatusChoices } from '../dialogs/choices';
import { useRecordForm } from '../forms/useRecordForm';
import { usePortfolio } from '../PortfolioContext';

interface Values extends Record<string, unknown> {
  name: string;
  valueStatement: string;
  priorityIds: Choice[];
  horizon: Choice<Solution['horizon']> | null;
  status: Choice<Solution['status']> | null;
}

const PLACED = new Set(['name', 'valueStatement', 'horizon', 'status']);
const placed = (path: string) =>
  PLACED.has(path) || path === 'priorityIds' || path.startsWith('priorityIds.');

/** Create or edit a solution: customer value in words, and the priorities it addresses. */
export function SolutionForm({
  solution,
  priorityIds,
  groups,
}: {
  solution?: Solution;
  priorityIds?: string[];
  /** Every priority to choose from, under its market (see usePriorityChoices). */
  groups: ChoiceGroup[];
}) {
  const { openDialog } = usePortfolio();
  // A new solution's next step is its epics: the flag offers it at once.
  const { error, save, dialogProps } = useRecordForm(
    'solution',
    solution,
    (saved) => `Solution "${saved.name}" saved`,
    (created) => [
      { text: 'Link epics', onClick: () => openDialog({ kind: 'link', solutionId: created.id }) },
    ],
  );

  const submit = (values: Values) =>
    save({
      name: values.name,
      valueStatement: values.valueStatement,
      priorityIds: (values.priorityIds ?? []).map((choice) => choice.value),
      horizon: values.horizon?.value ?? 'next',
      status: values.status?.value ?? 'proposed',
    });

  return (
    <FormDialog<Values>
      title={solution ? `Edit solution "${solution.name}"` : 'Create solution'}
      onSubmit={submit}
      placed={placed}
      {...dialogProps}
    >
      <TextInputField name="name" label="Name" defaultValue={solution?.name} isRequired error={error} />
      <TextInputField
        name="valueStatement"
        label="Value statement"
        defaultValue={solution?.valueStatement}
        isRequired
        multiline
        error={error}
        helper="The value to the customer, in their words: the time, not the steps to build the watch."
      />
      <MultiSelectInputField
        name="priorityIds"
        label="Business priorities it addresses"
        groups={groups}
        defaultValue={solution?.priorityIds ?? priorityIds ?? []}
        isRequired
        error={error}
      />
      <SelectInputField
        name="horizon"
        label="Horizon"
        options={horizonChoices}
        defaultValue={solution?.horizon ?? 'next'}
        isRequired
        error={error}
      />
      <SelectInputField
        name="status"
        label="Status"
        options={solutionStatusChoices}
        defaultValue={solution?.status ?? 'proposed'}
        isRequired
        error={error}
      />
    </FormDialog>
  );
}

import Select from '@atlaskit/select';
import { readableOptions } from '../forms/readableOptions';
import { Stack } from '@atlaskit/primitives';
import type { Solution, SolutionChoice } from '../../../src/contract';
import { FieldBlock } from '../forms/FieldBlock';
import { FormError } from '../forms/FormError';
import { SOLUTION_STATUS_LABELS } from '../labels';
import { ContributionNoteField } from './ContributionNoteField';
import { SolutionChoiceLabel } from './SolutionChoiceLabel';
import type { LinkEpicForm } from './useLinkEpic';

export type LinkableSolution = Pick<Solution, 'id' | 'name' | 'status'>;

const PLACED = new Set(['solutionId', 'note']);

interface Option {
  label: string;
  value: string;
  /** What to choose by, when the form loaded it (the project page): market, priorities, partners. */
  choice?: SolutionChoice;
}

/**
 * What linking a known epic needs: which solution, and one line on what this product contributes,
 * under the summary of a refused link (project modal, epic panel).
 */
export function LinkSolutionFields({
  form,
  solutions,
  autoFocus = false,
  alsoPlaced,
  choices,
}: {
  form: LinkEpicForm;
  solutions: LinkableSolution[];
  /** Each solution's market, priorities and partner products (`solutions.choices`), shown in the menu. */
  choices?: SolutionChoice[];
  /** Move focus to the solution picker, for forms that appear in place when a button is pressed. */
  autoFocus?: boolean;
  /** Paths the surrounding form shows beside its own fields (the epic it picks), left out of the summary. */
  alsoPlaced?: (path: string) => boolean;
}) {
  const context = new Map((choices ?? []).map((c) => [c.id, c]));
  const options: Option[] = solutions.map((s) => ({
    value: s.id,
    label: `${s.name} (${SOLUTION_STATUS_LABELS[s.status]})`,
    choice: context.get(s.id),
  }));
  const { request, change, errors } = form;
  const selected = options.find((o) => o.value === request.solutionId) ?? null;
  return (
    <>
      <FormError error={form.error} placed={(path) => PLACED.has(path) || alsoPlaced?.(path) === true} />
      <Stack space="space.150">
        <FieldBlock label="Solution" error={errors.solutionId}>
          {({ inputId, describedBy, isInvalid }) => (
            <Select<Option>
              inputId={inputId}
              autoFocus={autoFocus}
              descriptionId={describedBy || undefined}
              options={options}
              value={selected}
              isInvalid={isInvalid}
              placeholder="Choose a solution"
              // Issue panels resize to their content, so a menu opening downward could be cut off;
              // fixed, the menu is not clipped by the modal's scrolling body (it showed 3 of 7).
              menuPlacement="auto"
              menuPosition="fixed"
              styles={readableOptions<Option>()}
              formatOptionLabel={(option, meta) =>
                option.choice && meta.context === 'menu' ? (
                  <SolutionChoiceLabel choice={option.choice} />
                ) : (
                  option.label
                )
              }
              noOptionsMessage={() => 'No solution matches'}
              onChange={(option) => change({ solutionId: option ? option.value : null })}
            />
          )}
        </FieldBlock>
        <ContributionNoteField
          label="What this product contributes"
          helper="One line, in customer terms. Up to 200 characters."
          value={request.note}
          onChange={(note) => change({ note })}
          error={errors.note}
        />
      </Stack>
    </>
  );
}

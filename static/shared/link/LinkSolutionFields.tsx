import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives';
import type { Solution } from '../../../src/contract';
import { FieldBlock } from '../forms/FieldBlock';
import { SOLUTION_STATUS_LABELS } from '../labels';

export type LinkableSolution = Pick<Solution, 'id' | 'name' | 'status'>;
export interface LinkDraft {
  solutionId: string | null;
  note: string;
}

interface Option {
  label: string;
  value: string;
}

/** The two things a link needs: which solution, and one line on what this product contributes. */
export function LinkSolutionFields({
  solutions,
  draft,
  onChange,
  errors,
  autoFocus = false,
}: {
  solutions: LinkableSolution[];
  draft: LinkDraft;
  onChange: (draft: LinkDraft) => void;
  errors: { solutionId?: string; note?: string };
  /** Move focus to the solution picker, for forms that appear in place when a button is pressed. */
  autoFocus?: boolean;
}) {
  const options: Option[] = solutions.map((s) => ({
    value: s.id,
    label: `${s.name} (${SOLUTION_STATUS_LABELS[s.status]})`,
  }));
  const selected = options.find((o) => o.value === draft.solutionId) ?? null;
  return (
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
            // Issue panels resize to their content, so a menu opening downward could be cut off.
            menuPlacement="auto"
            noOptionsMessage={() => 'No solution matches'}
            onChange={(option) => onChange({ ...draft, solutionId: option ? option.value : null })}
          />
        )}
      </FieldBlock>
      <FieldBlock
        label="What this product contributes"
        helper="One line, in customer terms. Up to 200 characters."
        error={errors.note}
      >
        {({ inputId, describedBy, isInvalid }) => (
          <Textfield
            id={inputId}
            aria-describedby={describedBy || undefined}
            isInvalid={isInvalid}
            maxLength={200}
            value={draft.note}
            onChange={(e) => onChange({ ...draft, note: e.currentTarget.value })}
          />
        )}
      </FieldBlock>
    </Stack>
  );
}

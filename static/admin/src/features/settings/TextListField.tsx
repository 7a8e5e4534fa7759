import { CreatableSelect } from '@atlaskit/select';
import { FieldBlock } from '../../../../shared';

interface Option {
  label: string;
  value: string;
}

/**
 * A short list of values (issue type names): choose from `options` (Jira's own list) or type one
 * and press Enter; remove with ×.
 */
export function TextListField({
  label,
  helper,
  error,
  values,
  onChange,
  createLabel,
  options = [],
}: {
  label: string;
  helper?: string;
  error?: string;
  values: string[];
  onChange: (values: string[]) => void;
  createLabel: (input: string) => string;
  /** What to choose from (the site's issue types); typing another value still adds it. */
  options?: string[];
}) {
  const selected: Option[] = values.map((value) => ({ label: value, value }));
  return (
    <FieldBlock label={label} helper={helper} error={error}>
      {({ inputId, describedBy, isInvalid }) => (
        <CreatableSelect<Option, true>
          inputId={inputId}
          descriptionId={describedBy || undefined}
          isMulti
          isClearable={false}
          isInvalid={isInvalid}
          value={selected}
          options={options.filter((o) => !values.includes(o)).map((o) => ({ label: o, value: o }))}
          placeholder={options.length > 0 ? 'Choose or type and press Enter' : 'Type and press Enter'}
          noOptionsMessage={() => null}
          formatCreateLabel={createLabel}
          onChange={(chosen) => onChange(chosen.map((option) => option.value))}
          onCreateOption={(input) => {
            const value = input.trim();
            if (value && !values.includes(value)) onChange([...values, value]);
          }}
        />
      )}
    </FieldBlock>
  );
}

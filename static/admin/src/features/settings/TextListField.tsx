import { CreatableSelect } from '@atlaskit/select';
import { FieldBlock } from '../../../../shared';

interface Option {
  label: string;
  value: string;
}

/** A short list of free-text values (issue type names, account ids): type, press Enter, remove with ×. */
export function TextListField({
  label,
  helper,
  error,
  values,
  onChange,
  createLabel,
}: {
  label: string;
  helper?: string;
  error?: string;
  values: string[];
  onChange: (values: string[]) => void;
  createLabel: (input: string) => string;
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
          options={[]}
          placeholder="Type and press Enter"
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

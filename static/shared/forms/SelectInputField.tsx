import { Field } from '@atlaskit/form';
import Select from '@atlaskit/select';
import type { ResolverError } from '../client/ResolverError';
import { fieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { readableOptions } from './readableOptions';

export interface Choice<V extends string | number = string> {
  label: string;
  value: V;
}

export interface SelectInputFieldProps<V extends string | number> {
  name: string;
  label: string;
  options: Choice<V>[];
  defaultValue: V | null;
  isRequired?: boolean;
  helper?: string;
  error: ResolverError | null;
}

/** A labelled single choice inside an Atlaskit form; the form value is the chosen option. */
export function SelectInputField<V extends string | number>(props: SelectInputFieldProps<V>) {
  const { name, label, options, defaultValue, isRequired, helper, error } = props;
  const initial = options.find((option) => option.value === defaultValue) ?? null;
  return (
    <Field<Choice<V> | null> name={name} label={label} defaultValue={initial} isRequired={isRequired}>
      {({ fieldProps: { id, onChange, onBlur, onFocus, value, isDisabled } }) => (
        <>
          <Select<Choice<V>>
            inputId={id}
            options={options}
            value={value}
            onChange={(choice) => onChange(choice ?? null)}
            onBlur={onBlur}
            onFocus={onFocus}
            isDisabled={isDisabled}
            isInvalid={fieldError(error, name) !== undefined}
            menuPosition="fixed"
            styles={readableOptions<Choice<V>>()}
          />
          <FieldMessage error={error} path={name} helper={helper} />
        </>
      )}
    </Field>
  );
}

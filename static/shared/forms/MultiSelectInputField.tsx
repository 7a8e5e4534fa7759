import { ErrorMessage, Field, HelperMessage } from '@atlaskit/form';
import Select from '@atlaskit/select';
import type { ResolverError } from '../client/ResolverError';
import { fieldErrorUnder } from './fieldErrors';
import type { Choice } from './SelectInputField';

export interface ChoiceGroup {
  label: string;
  options: Choice[];
}

export interface MultiSelectInputFieldProps {
  name: string;
  label: string;
  groups: ChoiceGroup[];
  defaultValue: string[];
  isRequired?: boolean;
  helper?: string;
  error: ResolverError | null;
}

/** A labelled multiple choice with grouped options; messages for `name` or `name.N` show under it. */
export function MultiSelectInputField(props: MultiSelectInputFieldProps) {
  const { name, label, groups, defaultValue, isRequired, helper, error } = props;
  const all = groups.flatMap((group) => group.options);
  const initial = all.filter((option) => defaultValue.includes(option.value));
  const message = fieldErrorUnder(error, name);
  return (
    <Field<Choice[]> name={name} label={label} defaultValue={initial} isRequired={isRequired}>
      {({ fieldProps: { id, onChange, onBlur, onFocus, value, isDisabled } }) => (
        <>
          <Select<Choice, true>
            inputId={id}
            isMulti
            options={groups}
            value={value}
            onChange={(chosen) => onChange([...chosen])}
            onBlur={onBlur}
            onFocus={onFocus}
            isDisabled={isDisabled}
            isInvalid={message !== undefined}
            menuPosition="fixed"
          />
          <MessageFor message={message} helper={helper} />
        </>
      )}
    </Field>
  );
}

function MessageFor({ message, helper }: { message?: string; helper?: string }) {
  if (message) return <ErrorMessage>{message}</ErrorMessage>;
  return helper ? <HelperMessage>{helper}</HelperMessage> : null;
}

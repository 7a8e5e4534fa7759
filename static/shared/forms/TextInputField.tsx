import { Field } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import type { ResolverError } from '../client/ResolverError';
import { fieldError } from './fieldErrors';
import { describedBy, FieldMessage } from './FieldMessage';

export interface TextInputFieldProps {
  name: string;
  label: string;
  defaultValue?: string;
  isRequired?: boolean;
  multiline?: boolean;
  helper?: string;
  type?: 'text' | 'date' | 'number';
  /** The last save error; its message for `name` shows under the input. */
  error: ResolverError | null;
}

/** A labelled text input (or textarea) inside an Atlaskit form, showing the backend's message for it. */
export function TextInputField({
  name,
  label,
  defaultValue = '',
  isRequired,
  multiline,
  helper,
  type = 'text',
  error,
}: TextInputFieldProps) {
  const invalid = fieldError(error, name) !== undefined;
  const message = <FieldMessage error={error} path={name} helper={helper} />;
  if (multiline) {
    return (
      <Field<string, HTMLTextAreaElement>
        name={name}
        label={label}
        defaultValue={defaultValue}
        isRequired={isRequired}
      >
        {({ fieldProps }) => (
          <>
            <TextArea
              {...fieldProps}
              isInvalid={invalid}
              aria-invalid={invalid}
              aria-describedby={describedBy(fieldProps.id, invalid, helper)}
              minimumRows={3}
              resize="vertical"
            />
            {message}
          </>
        )}
      </Field>
    );
  }
  return (
    <Field<string> name={name} label={label} defaultValue={defaultValue} isRequired={isRequired}>
      {({ fieldProps }) => (
        <>
          <Textfield
            {...fieldProps}
            type={type}
            isInvalid={invalid}
            aria-invalid={invalid}
            aria-describedby={describedBy(fieldProps.id, invalid, helper)}
          />
          {message}
        </>
      )}
    </Field>
  );
}

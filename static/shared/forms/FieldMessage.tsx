import { ErrorMessage, HelperMessage, MessageWrapper } from '@atlaskit/form';
import type { ResolverError } from '../client/ResolverError';
import { fieldError } from './fieldErrors';

/**
 * The backend's error for `path` under its field, or the helper text when there is none. Inside an
 * Atlaskit Field the message gets the id `<fieldId>-error`, and the wrapper announces it.
 */
export function FieldMessage({
  error,
  path,
  helper,
}: {
  error: ResolverError | null | undefined;
  path: string;
  helper?: string;
}) {
  const message = fieldError(error, path);
  return (
    <MessageWrapper>
      {message ? (
        <ErrorMessage>{message}</ErrorMessage>
      ) : helper ? (
        <HelperMessage>{helper}</HelperMessage>
      ) : null}
    </MessageWrapper>
  );
}

/** The aria-describedby for an input whose message FieldMessage renders. */
export function describedBy(fieldId: string, invalid: boolean, helper?: string): string | undefined {
  if (invalid) return `${fieldId}-error`;
  return helper ? `${fieldId}-helper` : undefined;
}

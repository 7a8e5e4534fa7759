import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import type { ResolverError } from '../client/ResolverError';
import { fieldError } from './fieldErrors';

/** The backend's error for `path` under its field, or the helper text when there is none. */
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
  if (message) return <ErrorMessage>{message}</ErrorMessage>;
  return helper ? <HelperMessage>{helper}</HelperMessage> : null;
}

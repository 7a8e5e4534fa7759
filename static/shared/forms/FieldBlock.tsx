import { useId, type ReactNode } from 'react';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Box, Stack } from '@atlaskit/primitives';

export interface FieldIds {
  inputId: string;
  /** Pass to the control's aria-describedby (or Select's descriptionId): helper and error are read out. */
  describedBy: string;
  isInvalid: boolean;
}

/**
 * A label, a control, its helper text and the error for it, for controlled forms outside an
 * Atlaskit `Form` (settings, linking), where TextInputField and FieldMessage do not apply. Unlike
 * FieldMessage the helper stays visible under an error, so `describedBy` names both. The error
 * lives in a polite live region so it is announced when a save fails.
 */
export function FieldBlock({
  label,
  helper,
  error,
  children,
}: {
  label: string;
  helper?: string;
  error?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const inputId = useId();
  const helperId = `${inputId}-helper`;
  const errorId = `${inputId}-error`;
  const describedBy = [helper ? helperId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <Stack space="space.050">
      <Label htmlFor={inputId}>{label}</Label>
      {children({ inputId, describedBy, isInvalid: Boolean(error) })}
      {helper && (
        <Box id={helperId}>
          <HelperMessage>{helper}</HelperMessage>
        </Box>
      )}
      <Box id={errorId} aria-live="polite">
        {error && <ErrorMessage>{error}</ErrorMessage>}
      </Box>
    </Stack>
  );
}

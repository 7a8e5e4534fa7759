import Button from '@atlaskit/button/new';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { ErrorState, LoadingState, type ResolverError } from '../../../shared';
import { useCloseDialog } from './DialogScope';

/** A dialog whose content is still loading, or failed to: a spinner, or the error with "Try again". */
export function PendingDialog({
  title,
  label,
  error,
  onRetry,
}: {
  title: string;
  label: string;
  error: ResolverError | null;
  onRetry: () => void;
}) {
  const close = useCloseDialog();
  return (
    <ModalTransition>
      <ModalDialog onClose={close} width="medium">
        <ModalHeader>
          <ModalTitle>{title}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          {error ? <ErrorState error={error} onRetry={onRetry} /> : <LoadingState label={label} />}
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={close}>
            Cancel
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}

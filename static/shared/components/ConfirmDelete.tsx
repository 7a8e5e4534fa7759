import Button from '@atlaskit/button/new';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { useState } from 'react';
import type { Dependent } from '../../../src/contract';
import { ResolverError, toResolverError } from '../client/ResolverError';
import { CascadeList, deletedWith } from './CascadeList';
import { DependentsList } from './DependentsList';

export interface ConfirmDeleteProps {
  /** What is deleted, as a person reads it: `market "Retail banks"`. */
  subject: string;
  /**
   * Performs the delete; throws a ResolverError (e.g. CONFLICT with dependents) to keep the dialog
   * open. A cascade too large for one change answers at once and goes on in the background.
   */
  onDelete: (cascade: boolean) => Promise<unknown>;
  onClose: () => void;
  /** After a stale-version conflict: reload the data instead of deleting blind. */
  onReload?: () => void;
}

/**
 * Asks before deleting. When others depend on the record, the backend refuses with CONFLICT,
 * `dependents` and `cascade`; the dialog then says everything the cascade would do (by kind, with
 * counts) and offers it.
 */
export function ConfirmDelete({ subject, onDelete, onClose, onReload }: ConfirmDeleteProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const dependents: Dependent[] = error?.dependents ?? [];
  const effects = error?.cascade ?? [];
  const cascade = dependents.length > 0;
  const also = effects.length > 0 ? deletedWith(effects) : dependents.length;

  const confirm = async () => {
    setPending(true);
    try {
      await onDelete(cascade);
      onClose();
    } catch (thrown) {
      setError(toResolverError(thrown));
      setPending(false);
    }
  };

  const stale = error?.isStale === true;
  return (
    <ModalTransition>
      <ModalDialog onClose={onClose} width="small">
        <ModalHeader>
          <ModalTitle appearance="danger">Delete {subject}?</ModalTitle>
        </ModalHeader>
        <ModalBody>
          {!error && <p>This cannot be undone.</p>}
          {cascade && effects.length > 0 && <CascadeList effects={effects} />}
          {cascade && effects.length === 0 && <DependentsList dependents={dependents} />}
          {error && !cascade && (
            <p role="alert">
              {stale ? 'Someone changed it since you loaded it. Reload to see their change.' : error.message}
            </p>
          )}
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={onClose}>
            Cancel
          </Button>
          {stale && onReload ? (
            <Button appearance="primary" onClick={onReload}>
              Reload
            </Button>
          ) : (
            <Button appearance="danger" onClick={confirm} isLoading={pending}>
              {cascade
                ? `Delete with ${also.toLocaleString('en')} dependent${also === 1 ? '' : 's'}`
                : 'Delete'}
            </Button>
          )}
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}

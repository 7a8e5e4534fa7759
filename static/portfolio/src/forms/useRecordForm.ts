import type { Input, Output } from '../../../../src/contract';
import { useMutation, type FlagOptions, type ResolverError } from '../../../shared';
import { useCloseDialog } from '../dialogs/DialogScope';
import { useAfterSave, useReloadAndClose } from '../dialogs/useAfterSave';

/** The records the portfolio page creates and edits in a FormDialog. */
export type RecordKind = 'market' | 'priority' | 'solution';
type Fields<K extends RecordKind> = Input<`${K}.create`>;
type Saved<K extends RecordKind> = Output<`${K}.create`>;

export interface RecordForm<K extends RecordKind> {
  /** The last refused save, for the fields to show their messages. */
  error: ResolverError | null;
  /** Creates the record, or updates `record` with every field; then closes, confirms and reloads. */
  save: (fields: Fields<K>) => Promise<void>;
  /** Spread into FormDialog: closing, the save error, and "reload" after a stale-version conflict. */
  dialogProps: { onClose: () => void; error: ResolverError | null; onReload: () => void };
}

/**
 * The submit wiring every record form shares, so a form only declares its fields and how its
 * values become the contract's fields. `record` (when editing) gives the id and the version the
 * edit started from, so the backend can refuse a save over someone else's change.
 */
export function useRecordForm<K extends RecordKind>(
  kind: K,
  record: { id: string; version: number } | undefined,
  savedMessage: (saved: Saved<K>) => string,
  /** The next steps a new record's flag offers ("Link epics" for a new solution). */
  nextSteps?: (created: Saved<K>) => FlagOptions['actions'],
): RecordForm<K> {
  const closeDialog = useCloseDialog();
  const create = useMutation<`${K}.create`>(`${kind}.create`);
  const update = useMutation<`${K}.update`>(`${kind}.update`);
  const afterSave = useAfterSave();
  const reloadAndClose = useReloadAndClose();
  const error = record ? update.error : create.error;

  const save = async (fields: Fields<K>) => {
    // For every kind an update's `changes` takes the create fields and both return the record;
    // TypeScript cannot see that through the generic key, hence the two casts.
    const saved = record
      ? await update.run({ id: record.id, version: record.version, changes: fields } as Input<`${K}.update`>)
      : await create.run(fields);
    if (!saved) return;
    const created = saved as Saved<K>;
    await afterSave(savedMessage(created), record ? undefined : nextSteps?.(created));
  };

  return { error, save, dialogProps: { onClose: closeDialog, error, onReload: reloadAndClose } };
}

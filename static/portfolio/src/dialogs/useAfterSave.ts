import { useCallback } from 'react';
import { useToast } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** After a successful write: close the dialog, confirm it in a flag, and load the fresh view. */
export function useAfterSave(): (message: string) => Promise<void> {
  const { closeDialog, reload } = usePortfolio();
  const toast = useToast();
  return useCallback(
    async (message: string) => {
      closeDialog();
      toast(message);
      await reload();
    },
    [closeDialog, reload, toast],
  );
}

/** After a stale-version conflict: drop the dialog and show the latest data. */
export function useReloadAndClose(): () => void {
  const { closeDialog, reload } = usePortfolio();
  return useCallback(() => {
    closeDialog();
    void reload();
  }, [closeDialog, reload]);
}

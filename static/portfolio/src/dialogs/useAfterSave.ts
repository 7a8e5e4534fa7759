import { useCallback } from 'react';
import { useFlag, type FlagOptions } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { useCloseDialog } from './DialogScope';

/** After a successful write: reload, close the dialog, and confirm it in a flag (with its next steps). */
export function useAfterSave(): (message: string, actions?: FlagOptions['actions']) => Promise<void> {
  const { reload } = usePortfolio();
  const close = useCloseDialog();
  const flag = useFlag();
  return useCallback(
    async (message: string, actions?: FlagOptions['actions']) => {
      // Reload first: it clears the drill-down cache, so a dialog we return to asks afresh.
      const reloaded = reload();
      close();
      flag(message, actions ? { actions } : undefined);
      await reloaded;
    },
    [close, reload, flag],
  );
}

/** After a stale-version conflict: drop the dialog and show the latest data. */
export function useReloadAndClose(): () => void {
  const { reload } = usePortfolio();
  const close = useCloseDialog();
  return useCallback(() => {
    const reloaded = reload();
    close();
    void reloaded;
  }, [close, reload]);
}

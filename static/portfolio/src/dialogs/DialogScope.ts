import { createContext, useContext } from 'react';

/** How the open dialog closes: back to the dialog it came from, else none. */
export const DialogScope = createContext<{ close: () => void } | null>(null);

export function useCloseDialog(): () => void {
  const scope = useContext(DialogScope);
  if (!scope) throw new Error('useCloseDialog must be used inside a dialog of DialogHost');
  return scope.close;
}

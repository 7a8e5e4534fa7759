import { FlagsProvider, useFlags } from '@atlaskit/flag';
import { useCallback, type ReactNode } from 'react';

export type ToastAppearance = 'success' | 'error' | 'info' | 'warning';

export function ToastProvider({ children }: { children: ReactNode }) {
  return <FlagsProvider>{children}</FlagsProvider>;
}

/**
 * A short confirmation in an Atlaskit Flag ("Market saved"). Flags announce themselves to
 * screen readers; success and info dismiss on their own, errors stay until closed.
 */
export function useToast(): (
  title: string,
  options?: { appearance?: ToastAppearance; description?: string },
) => void {
  const { showFlag } = useFlags();
  return useCallback(
    (title, options = {}) => {
      const appearance = options.appearance ?? 'success';
      showFlag({
        title,
        description: options.description,
        appearance: appearance === 'info' ? 'normal' : appearance,
        isAutoDismiss: appearance === 'success' || appearance === 'info',
      });
    },
    [showFlag],
  );
}

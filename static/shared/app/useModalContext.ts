import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

/**
 * What a frame was opened for: `undefined` while the context loads, `null` for the module's own
 * frame, or the `context` a bridge `Modal` was opened with (Jira passes it as `extension.modal`,
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/modal/).
 */
export function useModalContext<T>(isModal: (value: unknown) => value is T): T | null | undefined {
  const [modal, setModal] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((context) => {
        const value = (context.extension as { modal?: unknown } | undefined)?.modal;
        if (live) setModal(isModal(value) ? value : null);
      })
      .catch(() => live && setModal(null));
    return () => {
      live = false;
    };
  }, [isModal]);
  return modal;
}

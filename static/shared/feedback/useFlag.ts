import { showFlag } from '@forge/bridge';
import { useCallback } from 'react';

type FlagAppearance = 'success' | 'error' | 'info' | 'warning';

export interface FlagOptions {
  appearance?: FlagAppearance;
  description?: string;
  /** Buttons at the bottom of the flag ("Link epics"), each calling back into this frame. */
  actions?: { text: string; onClick: () => void }[];
}

let nextId = 1;

/**
 * A short confirmation in Jira's own flag group ("Market saved"), through @forge/bridge's
 * `showFlag`: Jira draws it over the page, bottom left, never inside the app's frame, so it
 * covers none of the app's controls (in the issue panel an in-frame flag hid "Link to a
 * solution"). Success and info close on their own after 8 seconds; warnings and errors stay
 * until dismissed. `type` (not `appearance`) keeps the flag normal: a bold flag has no dismiss
 * button (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/showFlag).
 */
export function useFlag(): (title: string, options?: FlagOptions) => void {
  return useCallback((title, options = {}) => {
    const type = options.appearance ?? 'success';
    showFlag({
      id: `market-layer-${Date.now()}-${nextId++}`,
      title,
      description: options.description,
      type,
      actions: options.actions,
      isAutoDismiss: type === 'success' || type === 'info',
    });
  }, []);
}

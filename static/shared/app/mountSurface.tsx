import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ToastProvider } from '../components/Toast';

/**
 * Starts a Custom UI surface: opts into Jira's theme so design tokens follow light and dark mode
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/), then renders.
 */
export function mountSurface(app: ReactNode, rootId = 'root'): void {
  // Theming is cosmetic: a host without it still gets the tokens' light fallbacks.
  view.theme.enable().catch(() => undefined);
  const container = document.getElementById(rootId);
  if (!container) throw new Error(`No #${rootId} element to render into`);
  createRoot(container).render(
    <StrictMode>
      <ToastProvider>{app}</ToastProvider>
    </StrictMode>,
  );
}

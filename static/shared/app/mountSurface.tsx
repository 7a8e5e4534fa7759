import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { enableDesignTokens } from './designTokens';

/** Starts a Custom UI surface: design tokens for the current theme, the CSS reset, the app (flags are Jira's). */
export function mountSurface(app: ReactNode, rootId = 'root'): void {
  void enableDesignTokens();
  const container = document.getElementById(rootId);
  if (!container) throw new Error(`No #${rootId} element to render into`);
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}

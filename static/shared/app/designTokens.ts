import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

function tokensPresent(): boolean {
  return getComputedStyle(document.documentElement).getPropertyValue('--ds-text').trim() !== '';
}

function requestedColorMode(): 'light' | 'dark' | 'auto' {
  const mode = document.documentElement.getAttribute('data-color-mode');
  return mode === 'light' || mode === 'dark' ? mode : 'auto';
}

/**
 * Opts into the host's theme so design tokens follow Jira's light or dark mode
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/). A host that
 * does not supply the token styles (a local host, a test page) would leave every token unset,
 * so then the app loads them itself, following the page's `data-color-mode` or the OS setting.
 */
export async function enableDesignTokens(): Promise<void> {
  await view.theme.enable().catch(() => undefined);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (!tokensPresent()) {
    await setGlobalTheme({ colorMode: requestedColorMode() }).catch(() => undefined);
  }
}

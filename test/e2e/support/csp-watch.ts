import type { BrowserContext, Page } from 'playwright-core';

/** What Chromium prints when it refuses something under a Content-Security-Policy. */
const CONSOLE_REPORT = /Content Security Policy|^\[csp\] /;

/**
 * Watches a browser context (or one page) for CSP violations in every frame: each document's
 * `securitypolicyviolation` events (the init script runs in every frame, the sandboxed
 * cross-origin app frames too, before their own scripts) and Chromium's console reports.
 * `seen` lists them; a test fails on any with `failOnViolations`.
 */
export async function watchCsp(target: BrowserContext | Page): Promise<{
  seen: string[];
  failOnViolations(all?: string[]): void;
}> {
  const seen: string[] = [];
  await target.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // The frame's own console, so the report names its document (Playwright reads every frame's).
      console.error(
        `[csp] ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI}` +
          (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
      );
    });
  });
  const watchPage = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && CONSOLE_REPORT.test(message.text()))
        seen.push(`${message.location().url}: ${message.text()}`);
    });
  if ('newPage' in target) target.on('page', watchPage);
  else watchPage(target);
  return {
    seen,
    failOnViolations(all = seen) {
      if (all.length > 0)
        throw new Error(
          `Content-Security-Policy violations (Forge would block these on a real site):\n${all.join('\n')}`,
        );
    },
  };
}

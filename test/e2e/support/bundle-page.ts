import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { forgeCsp, manifestPermissions } from '../../../local/host/csp';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { watchCsp } from './csp-watch';
import { SEE_TIMEOUT } from './host';

const ORIGIN = 'http://bundle.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * One surface's production bundle in Chromium, alone in the page, its bridge's `invoke` answered
 * by `answer` (the local runtime's real resolvers, in the test process): for measuring a page at
 * sizes the host page's seeding would take minutes to reach, with nothing else on screen. Every
 * file carries the CSP Forge computes for the resource (local/host/csp.ts), and a violation is a
 * console error, so it is in `errors`.
 */
export async function openSurfaceBundle(
  surface: string,
  answer: (key: string, input: unknown) => Promise<unknown>,
): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(SEE_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await watchCsp(page);
  const root = join(__dirname, '../../..');
  const build = join(root, 'static', surface, 'build');
  const csp = forgeCsp(
    readFileSync(join(build, 'index.html')),
    manifestPermissions(readFileSync(join(root, 'manifest.yml'), 'utf8')),
    { siteOrigin: ORIGIN, reportUri: `${ORIGIN}/__forge/csp-report/${surface}` },
  );
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    if (file.startsWith('__forge/csp-report/')) return route.fulfill({ status: 204 });
    route.fulfill({
      body: readFileSync(join(build, file)),
      contentType: TYPES[extname(file)] ?? 'text/plain',
      headers: { 'content-security-policy': csp },
    });
  });
  // Answers cross as JSON text, as they do over Jira's postMessage; Playwright's own
  // serialisation of a large object takes seconds.
  await page.exposeFunction('__invokeResolver', async (key: string, input: unknown) =>
    JSON.stringify(await answer(key, input)),
  );
  // Functions sent to the page are sent as source text; under tsx (the benchmarks) that text calls
  // esbuild's `__name` helper, which the page lacks.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(() => {
    const invokeResolver = (
      window as unknown as { __invokeResolver: (k: string, i: unknown) => Promise<string> }
    ).__invokeResolver;
    (window as unknown as { __bridge: unknown }).__bridge = {
      callBridge: async (name: string, payload: { functionKey: string; payload: unknown }) => {
        if (name !== 'invoke') return undefined;
        const answer = JSON.parse(await invokeResolver(payload.functionKey, payload.payload));
        // When each answer reached the page: the browser benchmark times the page from here.
        performance.mark(`answer ${payload.functionKey}`);
        return answer;
      },
    };
  });
  await page.goto(`${ORIGIN}/index.html`);
  return { browser, page, errors };
}

/** Every element in the page, as the "DOM nodes" budget counts them. */
export function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

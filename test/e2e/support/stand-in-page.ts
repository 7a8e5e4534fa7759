import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { SEE_TIMEOUT } from './host';

const ORIGIN = 'http://stand-in.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * One surface's production bundle in Chromium, its bridge answered in the test (as Jira's would
 * be, but by `answer`): for measuring the UI alone, with no backend and no host page.
 */
export async function openStandInSurface(
  surface: string,
  answer: (key: string, input: unknown) => unknown,
): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(SEE_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const build = join(__dirname, '../../../static', surface, 'build');
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    route.fulfill({
      body: readFileSync(join(build, file)),
      contentType: TYPES[extname(file)] ?? 'text/plain',
    });
  });
  // Answers cross as JSON text, as they do over Jira's postMessage; Playwright's own
  // serialisation of a large object takes seconds.
  await page.exposeFunction('__standInInvoke', (key: string, input: unknown) =>
    JSON.stringify(answer(key, input)),
  );
  await page.addInitScript(() => {
    const invokeStandIn = (
      window as unknown as { __standInInvoke: (k: string, i: unknown) => Promise<string> }
    ).__standInInvoke;
    (window as unknown as { __bridge: unknown }).__bridge = {
      callBridge: async (name: string, payload: { functionKey: string; payload: unknown }) =>
        name === 'invoke' ? JSON.parse(await invokeStandIn(payload.functionKey, payload.payload)) : undefined,
    };
  });
  await page.goto(`${ORIGIN}/index.html`);
  return { browser, page, errors };
}

/** Every element in the page, as the "DOM nodes" budget counts them. */
export function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

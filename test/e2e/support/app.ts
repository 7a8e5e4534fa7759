import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { startHost } from '../../../local/host/start';
import { hostUsers } from '../../../local/host/users';
import { seedDemoPortfolio } from '../../../local/host/seed';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { watchCsp } from './csp-watch';
import { SEE_TIMEOUT } from './host';

export interface RunningApp {
  url: string;
  runtime: LocalRuntime;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen in the host page and every app frame (CSP reports too). */
  consoleErrors: string[];
  /**
   * Every Content-Security-Policy violation so far, whoever saw it: a frame's
   * `securitypolicyviolation` event, Chromium's console report, or the policy's `report-uri`.
   */
  cspViolations(): string[];
  /** The violations so far, forgotten once taken: for a test that provokes them on purpose. */
  takeCspViolations(): string[];
  /** Closes everything; fails (after closing) when any CSP violation was seen. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo portfolio, as `npm start` does without `--empty`. Default: start empty. */
  seedDemo?: boolean;
  /** Run background jobs as soon as they are queued, as `npm start` does. Default: yes; off, the test delivers them. */
  jobPump?: boolean;
  /** Serve manifest.yml's resource folders from here instead of the repository (scratch bundles). */
  resourceRoot?: string;
}

/** Starts what `npm start` starts (runtime on a fresh data folder + host) and a headless browser. */
export async function startApp({
  seedDemo = false,
  jobPump: pumping = true,
  resourceRoot,
}: StartOptions = {}): Promise<RunningApp> {
  const appRoot = join(__dirname, '../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'market-layer-e2e-'));
  const runtime = createLocalRuntime({ appRoot, dataDir });
  if (seedDemo) await seedDemoPortfolio(runtime, dataDir);
  // As `npm start` does: background jobs run as soon as they are queued.
  const jobPump = pumping ? runtime.startJobPump() : { stop: async () => undefined };
  const host = await startHost({ runtime, appRoot, resourceRoot, users: hostUsers(runtime.site) });
  const url = host.url;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Fail a step in seconds, not Playwright's 30 s default, so a broken screen is reported quickly.
  context.setDefaultTimeout(SEE_TIMEOUT);
  const csp = await watchCsp(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  const cspViolations = () => [
    ...csp.seen,
    ...host.cspReports.map(
      (r) => `report-uri (${r.resource}): ${r.violatedDirective} blocked ${r.blockedUri}`,
    ),
  ];
  return {
    url,
    runtime,
    browser,
    context,
    page,
    consoleErrors,
    cspViolations,
    takeCspViolations: () => {
      const taken = cspViolations();
      csp.seen.splice(0);
      host.cspReports.splice(0);
      return taken;
    },
    stop: async () => {
      await browser.close();
      await jobPump.stop();
      await host.close();
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
      csp.failOnViolations(cspViolations());
    },
  };
}

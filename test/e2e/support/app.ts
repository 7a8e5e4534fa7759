import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { createHost } from '../../../local/host/server';
import { hostUsers } from '../../../local/host/users';
import { seedDemoPortfolio } from '../../../local/host/seed';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { SEE_TIMEOUT } from './host';

export interface RunningApp {
  url: string;
  runtime: LocalRuntime;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen in the host page and every app frame. */
  consoleErrors: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo portfolio, as `npm start` does without `--empty`. Default: start empty. */
  seedDemo?: boolean;
  /** Run background jobs as soon as they are queued, as `npm start` does. Default: yes; off, the test delivers them. */
  jobPump?: boolean;
}

/** Starts what `npm start` starts (runtime on a fresh data folder + host) and a headless browser. */
export async function startApp({
  seedDemo = false,
  jobPump: pumping = true,
}: StartOptions = {}): Promise<RunningApp> {
  const appRoot = join(__dirname, '../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'market-layer-e2e-'));
  const runtime = createLocalRuntime({ appRoot, dataDir });
  if (seedDemo) await seedDemoPortfolio(runtime, dataDir);
  // As `npm start` does: background jobs run as soon as they are queued.
  const jobPump = pumping ? runtime.startJobPump() : { stop: async () => undefined };
  const server = createHost({ runtime, appRoot, users: hostUsers(runtime.site) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Fail a step in seconds, not Playwright's 30 s default, so a broken screen is reported quickly.
  context.setDefaultTimeout(SEE_TIMEOUT);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return {
    url,
    runtime,
    browser,
    context,
    page,
    consoleErrors,
    stop: async () => {
      await browser.close();
      await jobPump.stop();
      await new Promise((resolve) => server.close(resolve));
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

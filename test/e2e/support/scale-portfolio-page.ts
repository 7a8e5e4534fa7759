import type { Browser, Page } from 'playwright-core';
import type { PortfolioSummary } from '../../../src/contract';
import { DEMO_USERS, generateSite, type DemoUserRole } from '../../../local/demo';
import { scaleBackup, type ScaleSize } from '../../../local/demo/scale-portfolio';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { openSurfaceBundle } from './bundle-page';
import { see } from './host';

export interface ScalePortfolioPage {
  runtime: LocalRuntime;
  browser: Browser;
  page: Page;
  errors: string[];
  /** Every resolver call the page made, in order. */
  calls: { key: string; input: unknown }[];
  /** What the page shows, read from the same resolvers beforehand. */
  summary: PortfolioSummary;
  backup: ReturnType<typeof scaleBackup>;
  close: () => Promise<void>;
}

/**
 * The production portfolio bundle over a market layer of `size` on a generated site of `projects`
 * products × 12 epics, loaded through `admin.import` and answered by the real resolvers as `as`.
 */
export async function openScalePortfolio(
  projects: number,
  size: ScaleSize,
  as: DemoUserRole = 'productManager',
): Promise<ScalePortfolioPage> {
  const site = generateSite({ projects, epicsPerProject: 12, childrenPerEpic: 0 });
  const backup = scaleBackup(site, size);
  const runtime = createLocalRuntime({ site });
  const imported = (await runtime.invoke(
    'settings',
    'admin.import',
    { backup },
    { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:adminPage' } },
  )) as { ok: boolean; error?: unknown };
  if (!imported.ok) throw new Error(`admin.import: ${JSON.stringify(imported.error)}`);
  const context = { accountId: DEMO_USERS[as], extension: { type: 'jira:globalPage' } };
  // The first landing after an import starts the open-epic count as a background job: run it.
  await runtime.invoke('portfolio', 'portfolio.get', {}, context);
  await runtime.deliverJobs();
  const landing = (await runtime.invoke('portfolio', 'portfolio.get', {}, context)) as {
    data: PortfolioSummary;
  };
  const calls: ScalePortfolioPage['calls'] = [];
  const answer = (key: string, input: unknown) => {
    calls.push({ key, input });
    return runtime.invoke('portfolio', key, input, context);
  };
  const { browser, page, errors } = await openSurfaceBundle('portfolio', answer);
  await see(page.getByRole('heading', { name: 'Market layer', exact: true }));
  const close = async () => {
    await browser.close();
    runtime.close();
  };
  return { runtime, browser, page, errors, calls, summary: landing.data, backup, close };
}

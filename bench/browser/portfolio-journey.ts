import type { CDPSession, Locator, Page } from 'playwright-core';
import { installProbes, landingTimes, scrollMatrix, sinceInput, watch, type Condition } from './page-probes';

/** One load of the portfolio page and what a portfolio lead does on it, measured in the page. */
export interface JourneyFigures {
  landingPainted: number;
  landingInteractive: number;
  landingLongestTask: number;
  landingElements: number;
  matrixShown: number;
  matrixElements: number;
  /** Per dialog: input to the dialog's first paint, and to its content (no spinner left). */
  dialogs: Record<string, { open: number; ready: number }>;
  scrollGaps: number[];
  scrollElements: number;
  heapUsedMb: number;
  heapAfterGcMb: number;
}

const DIALOG: Condition = { selector: '[role="dialog"]' };
/** Every drill-down and pending dialog says "Loading …" beside its spinner. */
const DIALOG_READY: Condition = { selector: '[role="dialog"]', without: 'Loading' };
/** Main thread quiet for this long after the landing: interactive (Lighthouse uses 5 s of network too). */
const QUIET_MS = 500;

const elements = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** Once per page: the probes go in before the bundle on every (re)load. */
export async function prepare(page: Page): Promise<CDPSession> {
  await page.addInitScript(installProbes);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

async function timed(page: Page, conditions: Record<string, Condition>, act: () => Promise<void>) {
  for (const [name, condition] of Object.entries(conditions)) await page.evaluate(watch, { name, condition });
  await act();
  const times: Record<string, number> = {};
  for (const name of Object.keys(conditions)) times[name] = await page.evaluate(sinceInput, name);
  return times;
}

async function dialog(page: Page, trigger: Locator): Promise<{ open: number; ready: number }> {
  // A long timeout: the solution form's 50 market.detail calls at L keep Node (which answers them
  // and drives the browser) busy for seconds on a loaded machine.
  const click = () => trigger.click({ timeout: 120_000 });
  const { open, ready } = await timed(page, { open: DIALOG, ready: DIALOG_READY }, click);
  await page.keyboard.press('Escape');
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  return { open, ready };
}

/** A row action's dialog: the "•••" menu opens first (not timed), then the action's click is. */
async function menuDialog(page: Page, row: RegExp, action: string): Promise<{ open: number; ready: number }> {
  await page.getByRole('button', { name: row }).first().click({ timeout: 120_000 });
  return dialog(page, page.getByRole('menuitem', { name: action, exact: true }));
}

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}

export async function portfolioJourney(page: Page, cdp: CDPSession): Promise<JourneyFigures> {
  const button = (name: string | RegExp) => page.getByRole('button', { name }).first();
  const tab = (name: string) => page.getByRole('tab', { name });
  await page.evaluate(() => performance.clearMarks());
  // Watch for the landing before the page's own answer can arrive: reload, then watch at once.
  await page.reload({ waitUntil: 'commit' });
  // The landing tab is the overview (issue 10): landed when its markets list is drawn.
  await page.evaluate(watch, {
    name: 'landing',
    condition: { selector: 'ul[aria-label="Markets by strategic weight"]' },
  });
  const landing = await page.evaluate(landingTimes, { name: 'landing', quietMs: QUIET_MS });
  const landingElements = await elements(page);

  const dialogs: JourneyFigures['dialogs'] = {};
  dialogs['Create market'] = await dialog(page, button('Create market'));
  dialogs['Create priority'] = await dialog(page, button('Create priority'));
  dialogs['Create solution'] = await dialog(page, button('Create solution'));
  await tab('Strategy').click();
  await page.locator('section[aria-label^="Market "]').first().waitFor();
  dialogs['Delete market'] = await menuDialog(page, /^Actions for market /, 'Delete');
  const expand = await timed(page, { ready: { selector: 'ul[aria-label^="Business priorities of "]' } }, () =>
    button(/^Show priorities and solutions of /).click(),
  );
  dialogs['Market detail (expand)'] = { open: Number.NaN, ready: expand.ready };

  const { shown } = await timed(page, { shown: { selector: '[role="table"] [role="cell"] button' } }, () =>
    tab('Contribution matrix').click(),
  );
  const matrixElements = await elements(page);
  dialogs['Link epic'] = await dialog(page, button(/^Link epic to /));
  dialogs['Matrix cell'] = await dialog(page, button(/ ready\. Show the epics$/));
  const scroll = await page.evaluate(scrollMatrix, { frames: 90, stepX: 312, stepY: 228 });

  await tab('Ranking').click();
  dialogs['Edit solution'] = await menuDialog(page, /^Actions for solution /, 'Edit');

  const heapUsedMb = await heapMb(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  return {
    landingPainted: landing.painted,
    landingInteractive: landing.interactive,
    landingLongestTask: landing.longestTask,
    landingElements,
    matrixShown: shown,
    matrixElements,
    dialogs,
    scrollGaps: scroll.gaps,
    scrollElements: scroll.mostElements,
    heapUsedMb,
    heapAfterGcMb: await heapMb(cdp),
  };
}

import { startApp, type RunningApp } from './support/app';
import { axeFindings, frameNamed } from './support/axe';
import { appFrame, choose, frameColorMode, open, see } from './support/host';
import { openTab } from './support/portfolio-page';

// Issue 10: the portfolio page opens on an overview that answers the executive questions on one
// screen at 1440 px; its tabs and filters are in the page URL (view.createHistory), so links,
// reload, back and forward work as in Jira; and axe finds nothing in either theme.
jest.setTimeout(120_000);

const TITLE = 'Market layer portfolio';
const BASE = '/jira/apps/market-layer';
let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
  await app.page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await app?.stop();
});

const portfolio = () => appFrame(app.page, TITLE);
const path = () => new URL(app.page.url()).pathname + new URL(app.page.url()).search;
/** The page's path once the app's history call has landed (it is a bridge round trip away). */
async function settledPath(expected: string | RegExp): Promise<string> {
  const matches = (p: string) => (typeof expected === 'string' ? p === expected : expected.test(p));
  for (let waited = 0; waited < 5000 && !matches(path()); waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return path();
}

/** Whether anything in the page, or in the app's frame, is wider than the window. */
async function scrollsSideways(): Promise<{ page: boolean; frame: boolean }> {
  const frame = await frameNamed(app.page, TITLE);
  const wider = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;
  return { page: await app.page.evaluate(wider), frame: await frame.evaluate(wider) };
}

async function useTheme(theme: 'light' | 'dark') {
  const button = app.page.getByRole('button', { name: theme === 'dark' ? 'Dark theme' : 'Light theme' });
  if (await button.isVisible()) await button.click();
}

describe.each(['light', 'dark'] as const)('the overview in the %s theme', (theme) => {
  it('answers the executive questions on the landing tab, without sideways scrolling at 1440 px', async () => {
    await open(app.page, app.url, BASE);
    await useTheme(theme);
    const frame = portfolio();
    await see(frame.getByRole('tab', { name: 'Overview', selected: true }));
    expect(await frameColorMode(frame)).toBe(theme);
    // Markets and their priorities by customer layer.
    const markets = frame.getByRole('region', { name: 'Markets and their customers’ priorities' });
    await see(markets.getByText('3 of 3 markets'));
    await see(markets.getByRole('button', { name: /^Mid-market financial services/ }));
    await see(markets.getByText(/^\d+ of \d+ served$/));
    // Readiness as a heat map, with each solution's weakest product named.
    const heat = frame.getByRole('table', { name: /^Readiness of each product/ });
    await see(heat.getByRole('rowheader', { name: /Continuous close/ }));
    await see(heat.getByRole('columnheader', { name: 'Weakest product' }));
    const solutions = (await frame.getByText(/^\d+ of \d+ solutions$/).textContent()) ?? '';
    expect(solutions).toMatch(/^6 of 6 solutions$/);
    // Gaps with the step that closes them, and balance against the target line.
    const gaps = frame.getByRole('region', { name: 'Gaps to act on' });
    await see(gaps.getByText(/^Solutions no product delivers yet \(1\)$/));
    await see(gaps.getByText(/Procurement fast lane/));
    const balance = frame.getByRole('region', { name: 'Growth against the target' });
    await see(balance.getByText(/the 60% target$/));
    expect(await balance.getByRole('listitem').count()).toBe(6);

    expect(await scrollsSideways()).toEqual({ page: false, frame: false });
    const page = await frameNamed(app.page, TITLE);
    expect(await page.evaluate(() => document.querySelectorAll('main, [role=main]').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('tabs and filters are links', () => {
  it('opens a deep link at its tab and filter; back and forward move within the app, reload restores', async () => {
    await open(app.page, app.url, `${BASE}/gaps?kind=solution-without-epics`);
    const frame = portfolio();
    await see(frame.getByRole('tab', { name: /^Gaps/, selected: true }));
    const panel = frame.getByRole('tabpanel');
    await see(panel.getByRole('heading', { name: 'Solutions no product delivers yet (1)' }));
    expect(
      await panel.getByRole('heading', { name: /^Business priorities no solution addresses/ }).count(),
    ).toBe(0);
    // Marks the frame's document: back and forward must not reload it.
    const document = await frameNamed(app.page, TITLE);
    await document.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    await openTab(frame, 'Ranking');
    await see(frame.getByRole('list', { name: 'Solutions by score' }));
    expect(await settledPath(`${BASE}/ranking`)).toBe(`${BASE}/ranking`);

    await app.page.goBack();
    await see(frame.getByRole('tab', { name: /^Gaps/, selected: true }));
    expect(await settledPath(`${BASE}/gaps?kind=solution-without-epics`)).toBe(
      `${BASE}/gaps?kind=solution-without-epics`,
    );
    await app.page.goForward();
    await see(frame.getByRole('tab', { name: 'Ranking', selected: true }));
    expect(await settledPath(`${BASE}/ranking`)).toBe(`${BASE}/ranking`);
    expect(await document.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

    await app.page.reload();
    await see(portfolio().getByRole('tab', { name: 'Ranking', selected: true }));
    expect(app.consoleErrors).toEqual([]);
  });

  it('filters the ranking by market and horizon, keeps them in the URL, and back undoes the last', async () => {
    await open(app.page, app.url, `${BASE}/ranking`);
    const frame = portfolio();
    const list = frame.getByRole('list', { name: 'Solutions by score' });
    await see(list.getByRole('listitem').first());
    expect(await list.getByRole('listitem').count()).toBe(6);
    await choose(frame, 'Market', 'Public sector agencies');
    await see(frame.getByRole('listitem').filter({ hasText: 'Procurement fast lane' }));
    expect(await settledPath(new RegExp(`^${BASE}/ranking\\?market=`))).toMatch(
      new RegExp(`^${BASE}/ranking\\?market=`),
    );
    const publicSector = await list.getByRole('listitem').allTextContents();
    expect(publicSector.some((t) => t.includes('Continuous close'))).toBe(false);
    await choose(frame, 'Horizon', 'Later');
    expect(await settledPath(/&horizon=later$/)).toMatch(/&horizon=later$/);
    await see(list.getByRole('listitem').filter({ hasText: 'Procurement fast lane' }));
    expect(await list.getByRole('listitem').count()).toBe(1);
    await app.page.goBack();
    expect(path()).not.toContain('horizon');
    await see(list.getByRole('listitem').nth(1));
    expect(app.consoleErrors).toEqual([]);
  });

  it('filters and orders the balance through the URL; the count is of what the filter lets through', async () => {
    await open(app.page, app.url, `${BASE}/balance?sort=name`);
    const frame = portfolio();
    const list = frame.getByRole('list', { name: 'Balance per product' });
    await see(list.getByRole('listitem').first());
    const names = await list
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => (item.getAttribute('aria-label') ?? '').split(' (')[0]));
    expect(names).toEqual([...names].sort());
    await see(frame.getByText('Showing 6 of 6 products'));
    await choose(frame, 'Against the target', 'Above target');
    expect(await settledPath(`${BASE}/balance?verdict=above&sort=name`)).toBe(
      `${BASE}/balance?verdict=above&sort=name`,
    );
    await see(frame.getByText('No product matches this filter.'));
    await see(frame.getByText('Showing 0 of 0 products'));
    await app.page.goBack();
    await see(frame.getByText('Showing 6 of 6 products'));
    expect(app.consoleErrors).toEqual([]);
  });

  it('opens a market from the overview as a link to that market, expanded', async () => {
    await open(app.page, app.url, BASE);
    const frame = portfolio();
    await frame.getByRole('button', { name: /^Healthcare networks/ }).click();
    await see(frame.getByRole('list', { name: 'Business priorities of Healthcare networks' }));
    expect(await settledPath(new RegExp(`^${BASE}/strategy\\?market=`))).toMatch(
      new RegExp(`^${BASE}/strategy\\?market=`),
    );
    await see(frame.getByRole('button', { name: 'Show every market' }));
    expect(app.consoleErrors).toEqual([]);
  });

  it('keeps the matrix’s product filter in the URL, and the matrix never widens the page at 1440 px', async () => {
    await open(app.page, app.url, `${BASE}/matrix`);
    const frame = portfolio();
    await see(frame.getByRole('table', { name: 'Contribution matrix' }));
    expect(await scrollsSideways()).toEqual({ page: false, frame: false });
    // The solution column stays in place while the products scroll sideways.
    const region = frame.getByRole('region', { name: 'Contribution matrix, scrolls both ways' });
    const name = frame.getByRole('rowheader').filter({ hasText: 'Continuous close' });
    const before = (await name.boundingBox())!.x;
    await region.evaluate((node) => node.scrollBy({ left: 400 }));
    expect((await name.boundingBox())!.x).toBe(before);
    // Compact: numbers instead of bars, kept in the URL like the filter.
    await frame.getByRole('button', { name: 'Compact view' }).click();
    await see(frame.getByRole('button', { name: 'Compact view', pressed: true }));
    expect(await settledPath(`${BASE}/matrix?compact=1`)).toBe(`${BASE}/matrix?compact=1`);
    await see(frame.getByRole('rowheader').filter({ hasText: 'Continuous close' }));
    expect(await frame.getByRole('progressbar').count()).toBe(0);
    expect(await scrollsSideways()).toEqual({ page: false, frame: false });
    await frame.getByRole('button', { name: 'Compact view' }).click();
    await see(frame.getByRole('progressbar').first());
    await choose(frame, 'Product', 'Identity (IAM)');
    expect(await settledPath(new RegExp(`^${BASE}/matrix\\?product=\\d+$`))).toMatch(
      new RegExp(`^${BASE}/matrix\\?product=\\d+$`),
    );
    await app.page.reload();
    await see(portfolio().getByText(/with epics from Identity \(IAM\)/));
    expect(app.consoleErrors).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('every portfolio tab in the %s theme', (theme) => {
  it('has one main landmark, one h1 and no axe finding of any impact', async () => {
    await open(app.page, app.url, BASE);
    await useTheme(theme);
    const frame = portfolio();
    const findings: Record<string, unknown> = {};
    const tabs = [
      'Overview',
      'Strategy',
      'Contribution matrix',
      /^Gaps/,
      'Balance',
      'Investment',
      'Ranking',
      'Roadmap',
      'Value narrative',
    ];
    for (const tab of tabs) {
      await openTab(frame, tab);
      await see(frame.getByRole('tabpanel'));
      const page = await frameNamed(app.page, TITLE);
      const landmarks = await page.evaluate(() => ({
        main: document.querySelectorAll('main, [role=main]').length,
        h1: document.querySelectorAll('h1').length,
      }));
      expect([String(tab), landmarks]).toEqual([String(tab), { main: 1, h1: 1 }]);
      const found = await axeFindings(page);
      if (found.length) findings[String(tab)] = found;
    }
    expect(findings).toEqual({});
    expect(app.consoleErrors).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from './support/app';
import { frameNamed } from './support/axe';
import { appFrame, open, see, seeNoMore } from './support/host';

// Issue 10: the value narrative in customer language (product names, no issue keys, the Jira
// detail one click away), its filters in the URL, and its exports for a board deck: a Markdown
// file built in the browser and a print-ready page with no tabs and no buttons.
jest.setTimeout(120_000);

const TITLE = 'Market layer portfolio';
const BASE = '/jira/apps/market-layer';
const ISSUE_KEY = /\b[A-Z][A-Z0-9]+-\d+\b/;
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

it('tells the story with product names and no issue key; the Jira detail is one click away', async () => {
  await open(app.page, app.url, `${BASE}/narrative`);
  const frame = portfolio();
  const panel = frame.getByRole('tabpanel');
  const story = panel.getByRole('region', { name: 'Story for Mid-market financial services' });
  await see(story.getByText('Delivered together by Analytics, Billing and Integrations.'));
  expect(await panel.innerText()).not.toMatch(ISSUE_KEY);
  await story.getByRole('button', { name: 'Jira detail: Continuous close' }).click();
  await see(story.getByRole('link', { name: /BILL-19/ }));
  expect(app.consoleErrors).toEqual([]);
});

it('opens a deep link at its filters, and a filter chosen is added to the URL', async () => {
  await open(app.page, app.url, `${BASE}/narrative?layer=executive`);
  const frame = portfolio();
  const panel = frame.getByRole('tabpanel');
  await see(panel.getByRole('region', { name: 'Story for Mid-market financial services' }));
  await see(panel.getByText(/^Their executives need to/).first());
  expect(await panel.getByText(/^Their (senior managers|people) need to/).count()).toBe(0);
  // By role: "Market" is also part of the stories' region names ("Story for Mid-market …").
  const market = frame.getByRole('combobox', { name: 'Market', exact: true });
  await market.fill('Healthcare networks');
  await see(frame.getByRole('option', { name: 'Healthcare networks' }));
  await market.press('Enter');
  await see(panel.getByRole('region', { name: 'Story for Healthcare networks' }));
  expect(await panel.getByRole('region', { name: /^Story for / }).count()).toBe(1);
  expect(path()).toMatch(new RegExp(`^${BASE}/narrative\\?market=[^&]+&layer=executive$`));
  expect(app.consoleErrors).toEqual([]);
});

it('downloads the narrative as a Markdown file built in the browser, in customer words', async () => {
  await open(app.page, app.url, `${BASE}/narrative?layer=executive`);
  const frame = portfolio();
  const download = app.page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^value-narrative-\d{4}-\d{2}-\d{2}\.md$/);
  const saved = join(tmpdir(), `narrative-${process.pid}.md`);
  await file.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(text.startsWith('# Value narrative\n\n_Every market · Executive priorities_\n')).toBe(true);
  // Every market with a priority, each a section; executives only; products by name.
  expect(text.match(/^## For /gm)).toHaveLength(3);
  expect(text).toContain('### Their executives need to');
  expect(text).not.toMatch(/Their (senior managers|people) need to/);
  expect(text).toContain('Delivered together by Analytics, Billing and Integrations.');
  expect(text).not.toMatch(ISSUE_KEY);
  expect(app.consoleErrors).toEqual([]);
});

it('prints a clean page: every market, no tabs and no buttons, each market on a page of its own', async () => {
  await open(app.page, app.url, `${BASE}/narrative`);
  const frame = portfolio();
  await see(frame.getByRole('region', { name: 'Story for Mid-market financial services' }));
  // The browser's print dialog is not a page to test: record what the page holds when it opens.
  const document = await frameNamed(app.page, TITLE);
  await document.evaluate(() => {
    const w = window as unknown as { printed?: number; print: () => void };
    w.print = () => {
      w.printed = window.document.querySelectorAll('[data-print="market"]').length;
    };
  });
  await frame.getByRole('button', { name: 'Print' }).click();
  const printed = () => document.evaluate(() => (window as unknown as { printed?: number }).printed);
  for (let waited = 0; waited < 5000 && (await printed()) === undefined; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await printed()).toBe(3);

  await app.page.emulateMedia({ media: 'print' });
  try {
    const visible = await document.evaluate(() => {
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
      return {
        buttons: [...window.document.querySelectorAll('button')].filter(shown).length,
        tabs: [...window.document.querySelectorAll('[role="tablist"]')].filter(shown).length,
        filters: [...window.document.querySelectorAll('input')].filter(shown).length,
        breaks: [...window.document.querySelectorAll('[data-print="market"]')].map(
          (el) => getComputedStyle(el).breakBefore,
        ),
      };
    });
    expect(visible.buttons).toBe(0);
    expect(visible.tabs).toBe(0);
    expect(visible.filters).toBe(0);
    expect(visible.breaks[0]).not.toBe('page');
    expect(visible.breaks.slice(1).every((b) => b === 'page')).toBe(true);
    await see(frame.getByRole('heading', { name: 'For Mid-market financial services' }));
  } finally {
    await app.page.emulateMedia({ media: 'screen' });
  }
  expect(app.consoleErrors).toEqual([]);
});

describe('the investment and roadmap filters are links too', () => {
  it('opens the investment at a market status from a deep link', async () => {
    await open(app.page, app.url, `${BASE}/investment?status=explore`);
    const frame = portfolio();
    const markets = frame.getByRole('list', { name: 'Investment by market, largest gap first' });
    await see(markets.getByRole('listitem', { name: /^Healthcare networks: / }));
    expect(await markets.getByRole('listitem').count()).toBe(1);
    await see(frame.getByRole('combobox', { name: 'Market status' }));
    await see(frame.getByText('Explore', { exact: true }));
    expect(app.consoleErrors).toEqual([]);
  });

  it('keeps the roadmap’s product in the URL: the link sent opens the same roadmap', async () => {
    await open(app.page, app.url, `${BASE}/roadmap`);
    const frame = portfolio();
    await see(frame.getByRole('listitem', { name: 'Clinicians on the move' }));
    const product = frame.getByRole('combobox', { name: 'Product', exact: true });
    await product.fill('Billing');
    await see(frame.getByRole('option', { name: /Billing/ }));
    await product.press('Enter');
    await seeNoMore(frame.getByRole('listitem', { name: 'Clinicians on the move' }));
    const link = path();
    expect(link).toMatch(new RegExp(`^${BASE}/roadmap\\?product=\\d+$`));

    await open(app.page, app.url, `${BASE}/overview`);
    await open(app.page, app.url, link);
    const sent = portfolio();
    await see(sent.getByRole('listitem', { name: 'Continuous close' }));
    await see(sent.getByRole('listitem', { name: 'Self-serve plan changes' }));
    expect(await sent.getByRole('listitem', { name: 'Clinicians on the move' }).count()).toBe(0);
    await see(sent.getByText(/^Billing/));
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('gap lines link to the records they name', () => {
  it('opens the solution a gap names, from the keyboard, marked and focused in the strategy tree', async () => {
    await open(app.page, app.url, `${BASE}/gaps?kind=solution-without-epics`);
    const frame = portfolio();
    const gap = frame.getByRole('listitem').filter({ hasText: /has no epics yet/ });
    const name = gap.getByRole('link', { name: 'Procurement fast lane' });
    await see(name);
    await name.focus();
    await app.page.keyboard.press('Enter');
    await see(frame.getByRole('tab', { name: 'Strategy', selected: true }));
    expect(path()).toMatch(new RegExp(`^${BASE}/strategy\\?market=[^&]+&solution=[^&]+$`));
    const marked = frame.locator('li[aria-current="true"]');
    await see(marked);
    expect(await marked.count()).toBe(1);
    expect(await marked.innerText()).toContain('Procurement fast lane');
    const document = await frameNamed(app.page, TITLE);
    expect(await document.evaluate(() => window.document.activeElement?.textContent ?? '')).toContain(
      'Procurement fast lane',
    );
    expect(app.consoleErrors).toEqual([]);
  });

  it('links a priority gap to the priority and to its market', async () => {
    await open(app.page, app.url, `${BASE}/gaps`);
    const frame = portfolio();
    const links = frame.getByRole('tabpanel').getByRole('link');
    await see(links.first());
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => /^\/strategy\?market=[^&]+&priority=/.test(h))).toBe(true);
    expect(hrefs.some((h) => /^\/strategy\?market=[^&]+$/.test(h))).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('the overview names each priority’s solutions', () => {
  it('lists each market’s priorities by layer with their solutions’ readiness, and links to the priority', async () => {
    await open(app.page, app.url, BASE);
    const frame = portfolio();
    const section = frame.getByRole('region', { name: 'Each priority’s solutions' });
    const executives = section.getByRole('list', {
      name: 'Executive priorities of Mid-market financial services',
    });
    await see(executives);
    await see(executives.getByText(/Continuous close \(\d+% ready\)/));
    const priority = executives.getByRole('link').first();
    const title = (await priority.innerText()).trim();
    await priority.click();
    await see(frame.getByRole('tab', { name: 'Strategy', selected: true }));
    expect(path()).toMatch(new RegExp(`^${BASE}/strategy\\?market=[^&]+&priority=[^&]+$`));
    const marked = frame.locator('li[aria-current="true"]');
    await see(marked);
    expect(await marked.innerText()).toContain(title);
    expect(app.consoleErrors).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import type { PortfolioSummary } from '../../src/contract';
import { DEMO_USERS, generateSite } from '../../local/demo';
import { scaleBackup } from '../../local/demo/scale-portfolio';
import { createLocalRuntime, type LocalRuntime } from '../../local/runtime';
import { see } from './support/host';
import { domNodes, openSurfaceBundle } from './support/bundle-page';

// Issue 8: at 500 solutions × 500 products the page rendered 765k DOM nodes. The matrix is now
// windowed and paged; this proves it on the production bundle answered by the real resolvers,
// over a layer of 500 solutions spanning 4–12 of 500 products (loaded through admin.import).
jest.setTimeout(120_000);

const BUDGET = 5_000;
const site = generateSite({ projects: 500, epicsPerProject: 12, childrenPerEpic: 0 });
const backup = scaleBackup(site, {
  markets: 10,
  priorities: 100,
  solutions: 500,
  productsPerSolution: [4, 12],
  epicsPerCell: 1,
});
let runtime: LocalRuntime;
let browser: Browser;
let page: Page;
let errors: string[];
const calls: { key: string; input: unknown }[] = [];
/** What the page will show, read from the same resolvers beforehand. */
let summary: PortfolioSummary;

const matrix = () => page.getByRole('region', { name: 'Contribution matrix, scrolls both ways' });
const callsOf = (key: string) => calls.filter((call) => call.key === key);

beforeAll(async () => {
  runtime = createLocalRuntime({ site });
  const imported = (await runtime.invoke(
    'settings',
    'admin.import',
    { backup },
    {
      accountId: DEMO_USERS.portfolioLead,
      extension: { type: 'jira:adminPage' },
    },
  )) as { ok: boolean };
  expect(imported.ok).toBe(true);
  // The first landing after an import starts the open-epic count as a background job: run it.
  await runtime.invoke(
    'portfolio',
    'portfolio.get',
    {},
    { accountId: DEMO_USERS.productManager, extension: { type: 'jira:globalPage' } },
  );
  await runtime.deliverJobs();
  const landing = (await runtime.invoke(
    'portfolio',
    'portfolio.get',
    {},
    {
      accountId: DEMO_USERS.productManager,
      extension: { type: 'jira:globalPage' },
    },
  )) as { data: PortfolioSummary };
  summary = landing.data;
  const answer = (key: string, input: unknown) => {
    calls.push({ key, input });
    return runtime.invoke('portfolio', key, input, {
      accountId: DEMO_USERS.productManager,
      extension: { type: 'jira:globalPage' },
    });
  };
  ({ browser, page, errors } = await openSurfaceBundle('portfolio', answer));
  await see(page.getByRole('heading', { name: 'Market layer', exact: true }));
});
afterAll(async () => {
  await browser?.close();
  runtime?.close();
});

test('the landing is one summary call (and a look for background work) and a small page', async () => {
  expect(calls.map((call) => call.key).sort()).toEqual(['jobs.list', 'portfolio.get']);
  expect(await domNodes(page)).toBeLessThan(BUDGET);
});

test('the matrix stays under the DOM budget scrolled anywhere, asking for one more page of rows', async () => {
  await page.getByRole('tab', { name: 'Contribution matrix' }).click();
  const rowHeader = (index: number) =>
    page.getByRole('rowheader', { name: new RegExp(`^\\d+\\. ${summary.solutions[index].name}\\b`) });
  await see(rowHeader(0));
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  await matrix().evaluate((element) => element.scrollTo({ top: 300 * 76, left: element.scrollWidth / 2 }));
  await see(rowHeader(300));
  expect(callsOf('portfolio.matrix').length).toBeGreaterThanOrEqual(1);
  expect(callsOf('portfolio.matrix').length).toBeLessThanOrEqual(2);
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  expect(errors).toEqual([]);
});

test('a product filtered to, its cell opens from the keyboard and lists its epics as Jira links', async () => {
  const row = summary.matrix.items[0];
  const product = summary.products.find((p) => p.projectId === row.cells[0].projectId)!;
  const label = `${product.projectName} (${product.projectKey})`;
  const solution = summary.solutions.find((s) => s.id === row.solutionId)!;
  await page.getByRole('combobox', { name: 'Product' }).fill(label);
  await page.keyboard.press('Enter');
  expect(callsOf('portfolio.matrix').at(-1)?.input).toMatchObject({
    offset: 0,
    projectId: product.projectId,
  });
  const cell = page.getByRole('button', { name: new RegExp(`^${escape(label)} in ${solution.name}: `) });
  await see(cell);
  await cell.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  const linked = backup.contributions.filter(
    (c) => c.solutionId === solution.id && c.projectId === product.projectId,
  );
  for (const c of linked) await see(dialog.getByRole('link', { name: new RegExp(`^${c.epicKey}: `) }));
  expect(callsOf('matrix.cell').at(-1)?.input).toEqual({
    solutionId: solution.id,
    projectId: product.projectId,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('balance pages on with "Show more", one call a page', async () => {
  await page.getByRole('tab', { name: 'Balance' }).click();
  await see(page.getByText(/^Open epics counted in Jira/));
  await see(page.getByText('Showing 100 of 500 products'));
  await page.getByRole('button', { name: 'Show more' }).click();
  await see(page.getByText('Showing 200 of 500 products'));
  expect(callsOf('portfolio.balance').map((call) => call.input)).toEqual([{ offset: 100, limit: 100 }]);
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  expect(errors).toEqual([]);
});

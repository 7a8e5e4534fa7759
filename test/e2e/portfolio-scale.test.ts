import type { Browser, Page } from 'playwright-core';
import { see } from './support/host';
import { domNodes, openStandInSurface } from './support/stand-in-page';
import { standInPortfolio } from './support/stand-in-portfolio';

// Issue 8: at 500 solutions × 500 products the page rendered 765k DOM nodes. The matrix is now
// windowed; this proves it with every cell non-empty (the worst case), on the production bundle,
// with a stand-in for the backend so the UI's own cost is what is measured.
jest.setTimeout(90_000);

const BUDGET = 5_000;
const portfolio = standInPortfolio({ solutions: 500, products: 500, productsPerSolution: 500 });
let browser: Browser;
let page: Page;
let errors: string[];

const matrix = () => page.getByRole('region', { name: 'Contribution matrix, scrolls both ways' });
const callsOf = (key: string) => portfolio.calls.filter((call) => call.key === key);

beforeAll(async () => {
  ({ browser, page, errors } = await openStandInSurface('portfolio', portfolio.answer));
  await see(page.getByRole('heading', { name: 'Market layer', exact: true }));
});
afterAll(async () => {
  await browser?.close();
});

test('the landing is one summary call and a small page', async () => {
  expect(portfolio.calls.map((call) => call.key)).toEqual(['portfolio.get']);
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  await see(page.getByRole('tab', { name: 'Gaps (130)' }));
});

test('the full matrix stays under the DOM budget, scrolled anywhere', async () => {
  await page.getByRole('tab', { name: 'Contribution matrix' }).click();
  await see(page.getByRole('rowheader', { name: /^1\. Solution 001/ }));
  const atTop = await domNodes(page);
  expect(atTop).toBeLessThan(BUDGET);

  // Far down and far right: the rows there are asked for (one page), then shown.
  await matrix().evaluate((element) => element.scrollTo({ top: 300 * 76, left: 250 * 156 }));
  await see(page.getByRole('rowheader', { name: /^300\. Solution 300/ }));
  expect(callsOf('portfolio.matrix').length).toBeGreaterThanOrEqual(1);
  expect(callsOf('portfolio.matrix').length).toBeLessThanOrEqual(2);
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  expect(errors).toEqual([]);
});

test('a cell opens from the keyboard and lists its epics, with the hidden ones only counted', async () => {
  await matrix().evaluate((element) => element.scrollTo({ top: 0, left: 0 }));
  const cell = page.getByRole('button', { name: /^Product 001 \(P001\) in Solution 001: / });
  await see(cell);
  await cell.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Product 001 (P001) in "Solution 001"' });
  await see(dialog.getByRole('link', { name: /^P001-1: / }));
  await see(dialog.getByText('1 more epic in projects you cannot view'));
  expect(callsOf('matrix.cell')).toEqual([
    { key: 'matrix.cell', input: { solutionId: 'sol_000abc', projectId: '10001' } },
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('after a write the summary, the matrix page in view and the open cell are asked for again', async () => {
  await matrix().evaluate((element) => element.scrollTo({ top: 300 * 76, left: 0 }));
  const cell = page.getByRole('button', { name: /^Product 000 \(P000\) in Solution 300: / });
  await see(cell);
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'Product 000 (P000) in "Solution 300"' });
  await see(dialog.getByRole('button', { name: 'Unlink P000-1' }));
  const before = portfolio.calls.length;
  await dialog.getByRole('button', { name: 'Unlink P000-1' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the link to P000-1?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  // Back to the cell, which asks afresh.
  await see(dialog.getByRole('button', { name: 'Unlink P000-1' }));
  const expected = ['contribution.unlink', 'portfolio.get', 'matrix.cell', 'portfolio.matrix'];
  const askedSince = () => new Set<string>(portfolio.calls.slice(before).map((call) => call.key));
  for (let waited = 0; waited < 5_000 && !expected.every((key) => askedSince().has(key)); waited += 100) {
    await page.waitForTimeout(100);
  }
  expect([...askedSince()]).toEqual(expect.arrayContaining(expected));
  const pages = portfolio.calls.slice(before).filter((call) => call.key === 'portfolio.matrix');
  expect(pages.map((call) => call.input)).toEqual([{ offset: 250, limit: 100 }]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('a project the viewer cannot browse is a column without a name, its epics only counted', async () => {
  // Unnamed projects are the last columns.
  await matrix().evaluate((element) => element.scrollTo({ top: 0, left: element.scrollWidth }));
  await see(page.getByRole('columnheader', { name: 'A project you cannot view' }));
  await page.getByRole('button', { name: /^A project you cannot view in Solution 001: / }).click();
  const dialog = page.getByRole('dialog', { name: 'A project you cannot view in "Solution 001"' });
  await see(dialog.getByText('2 epics in projects you cannot view'));
  expect(await dialog.getByRole('link').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('the product filter asks for that product’s rows only', async () => {
  await page.getByRole('combobox', { name: 'Product' }).fill('Product 010');
  await page.keyboard.press('Enter');
  await see(page.getByText(/solutions with epics from Product 010 \(P010\)/));
  const filtered = callsOf('portfolio.matrix').at(-1);
  expect(filtered?.input).toMatchObject({ offset: 0, projectId: '10010' });
  expect(await page.getByRole('columnheader').nth(3).innerText()).toBe('Product 010 (P010)');
  expect(await domNodes(page)).toBeLessThan(BUDGET);
  expect(errors).toEqual([]);
});

test('balance shows when counts were taken and pages on with "Show more"', async () => {
  await page.getByRole('tab', { name: 'Balance' }).click();
  await see(page.getByText(/^Open epics counted in Jira/));
  await see(page.getByText('Showing 100 of 500 products'));
  await page.getByRole('button', { name: 'Show more' }).click();
  await see(page.getByText('Showing 200 of 500 products'));
  expect(callsOf('portfolio.balance').map((call) => call.input)).toEqual([{ offset: 100, limit: 100 }]);
  expect(errors).toEqual([]);
});

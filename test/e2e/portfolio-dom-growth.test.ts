import type { Page } from 'playwright-core';
import { domNodes } from './support/bundle-page';
import { openScalePortfolio, type ScalePortfolioPage } from './support/scale-portfolio-page';

// Issue 8: the page's size must follow the screen, not the portfolio. The same views of the
// production bundle at S (20 solutions over 20 products) and at L (500 solutions over 500
// products, 25× the rows and the columns): windowed both ways, the matrix in view holds about as
// many elements at L as at S. Counts, not timings: without the windowing, L's matrix alone would
// be hundreds of thousands of elements.
jest.setTimeout(180_000);

/** What L may add to S's element count on any view (names and counts are a little longer). */
const GROWTH = 400;
const LAYER = {
  markets: 10,
  priorities: 100,
  productsPerSolution: [4, 12] as [number, number],
  epicsPerCell: 1,
};

let small: ScalePortfolioPage;
let large: ScalePortfolioPage;

beforeAll(async () => {
  small = await openScalePortfolio(20, { ...LAYER, solutions: 20 }, 'portfolioLead');
  large = await openScalePortfolio(500, { ...LAYER, solutions: 500 }, 'portfolioLead');
});
afterAll(async () => {
  await small?.close();
  await large?.close();
});

/** Scrolls the matrix to a share of its height and width and waits for the rows there. */
async function scrollMatrix(page: Page, down: number, across: number): Promise<void> {
  await page
    .getByRole('region', { name: 'Contribution matrix, scrolls both ways' })
    .evaluate(
      (region, [y, x]) => region.scrollTo({ top: region.scrollHeight * y, left: region.scrollWidth * x }),
      [down, across],
    );
  await page.waitForFunction(() => {
    const table = document.querySelector('[role="table"][aria-label="Contribution matrix"]');
    return table !== null && !table.textContent?.includes('Loading…');
  });
}

/** Element counts on the landing and on the matrix at its top left, middle and bottom right. */
async function elementsOnViews({ page }: ScalePortfolioPage): Promise<Record<string, number>> {
  const counts: Record<string, number> = { landing: await domNodes(page) };
  await page.getByRole('tab', { name: 'Contribution matrix' }).click();
  await page.getByRole('table', { name: 'Contribution matrix' }).waitFor();
  for (const [view, down, across] of [
    ['matrix', 0, 0],
    ['matrix middle', 0.5, 0.5],
    ['matrix far corner', 1, 1],
  ] as const) {
    await scrollMatrix(page, down, across);
    counts[view] = await domNodes(page);
  }
  return counts;
}

test('at L each view holds about as many DOM elements as at S, though L has 25× the rows and columns', async () => {
  const atS = await elementsOnViews(small);
  const atL = await elementsOnViews(large);
  expect(large.summary.matrix.total).toBe(25 * small.summary.matrix.total);
  const grewTooMuch = Object.keys(atS).filter((view) => atL[view] - atS[view] > GROWTH);
  expect({ grewTooMuch, atS, atL }).toEqual({ grewTooMuch: [], atS, atL });
  expect(small.errors).toEqual([]);
  expect(large.errors).toEqual([]);
});

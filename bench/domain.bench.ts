import { DEFAULT_SETTINGS, type Contribution } from '../src/contract';
import {
  buildMatrix,
  buildNarrative,
  findGaps,
  portfolioBalance,
  productBalance,
  rankSolutions,
  type IsVisible,
} from '../src/domain';
import { measure, once } from './harness';
import { syntheticPortfolio, type PortfolioSize, type SyntheticPortfolio } from './portfolio-fixture';
import { note, printGrowth, type SizedPair } from './report';
import type { Suite } from './suite';

const LARGE: PortfolioSize = {
  markets: 20,
  priorities: 200,
  solutions: 1_000,
  contributions: 20_000,
  products: 50,
};
const FACTOR = 4;
const SMALL: PortfolioSize = {
  markets: LARGE.markets / FACTOR,
  priorities: LARGE.priorities / FACTOR,
  solutions: LARGE.solutions / FACTOR,
  contributions: LARGE.contributions / FACTOR,
  products: Math.round(LARGE.products / FACTOR),
};
const SEED = 7;

/** Hides every tenth product from the viewer, so the privacy branches run too. */
const someHidden: IsVisible = (c: Contribution) => Number(c.projectId) % 10 !== 0;

/** Each insight as the portfolio read calls it (src/resolvers/views/portfolio-view.ts). */
const INSIGHTS: { label: string; run: (p: SyntheticPortfolio) => unknown }[] = [
  { label: 'buildMatrix', run: ({ data }) => buildMatrix(data.solutions, data.contributions, someHidden) },
  {
    label: 'findGaps',
    run: ({ data }) => findGaps(data.markets, data.priorities, data.solutions, data.contributions),
  },
  {
    label: 'rankSolutions',
    run: ({ data }) =>
      rankSolutions(data.markets, data.priorities, data.solutions, DEFAULT_SETTINGS.layerWeights),
  },
  {
    label: 'buildNarrative',
    run: ({ data }) => buildNarrative(data, DEFAULT_SETTINGS.layerWeights, someHidden),
  },
  {
    label: 'productBalance, one product',
    run: ({ data, products, openEpicIds }) =>
      productBalance(
        products[0],
        openEpicIds.get(products[0].projectId) ?? [],
        data.contributions,
        data.solutions,
        DEFAULT_SETTINGS.balanceTarget,
      ),
  },
  {
    label: 'portfolioBalance (all products)',
    run: ({ data, products, openEpicIds }) =>
      portfolioBalance(
        products,
        openEpicIds,
        data.contributions,
        data.solutions,
        DEFAULT_SETTINGS.balanceTarget,
      ),
  },
];

const describe = (s: PortfolioSize) =>
  `${s.markets} markets, ${s.priorities} priorities, ${s.solutions} solutions, ` +
  `${s.contributions} contributions, ${s.products} products`;

export const domainSuite: Suite = {
  name: 'domain',
  title: 'Domain insights at scale (src/domain, pure functions)',
  async run() {
    const small = await once(() => syntheticPortfolio(SMALL, SEED));
    const large = await once(() => syntheticPortfolio(LARGE, SEED));
    note(`small: ${describe(SMALL)}`);
    note(`large: ${describe(LARGE)} (built and schema-checked in ${large.ms.toFixed(0)} ms)`);
    const pairs: SizedPair[] = [];
    for (const insight of INSIGHTS) {
      pairs.push({
        label: insight.label,
        small: await measure(insight.label, () => insight.run(small.value), { warmup: 5 }),
        large: await measure(insight.label, () => insight.run(large.value)),
      });
    }
    note('median per call; the large portfolio has 4× every count of the small one');
    printGrowth(pairs, FACTOR);
  },
};

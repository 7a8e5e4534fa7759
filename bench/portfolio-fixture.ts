import { createPrng, type Prng } from '../local/demo';
import {
  HORIZONS,
  LAYERS,
  MARKET_STATUSES,
  PRIORITY_STATUSES,
  SOLUTION_STATUSES,
  STATUS_CATEGORIES,
  type Contribution,
  type Product,
} from '../src/contract';
import type { PortfolioData } from '../src/domain';
import {
  makeContribution,
  makeMarket,
  makePriority,
  makeProduct,
  makeSolution,
} from '../test/unit/domain/factories';

/** How big a synthetic portfolio is. */
export interface PortfolioSize {
  markets: number;
  priorities: number;
  solutions: number;
  contributions: number;
  products: number;
}

export interface SyntheticPortfolio {
  data: PortfolioData;
  products: Product[];
  /** Open epic ids per product id, as the portfolio read gets them from Jira. */
  openEpicIds: Map<string, string[]>;
}

/** Epics per product: 1.5× the product's share of contributions, so some open epics are not growth work. */
const EPICS_PER_CONTRIBUTION = 1.5;
const OPEN_SHARE = 0.7;

/** `PA`, `PB` … `PZ`, `PBA` …: distinct Jira-like project keys (letters only). */
function projectKeyAt(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `P${letters}`;
}

const pickMany = <T>(prng: Prng, items: readonly T[], count: number): T[] =>
  Array.from({ length: count }, () => prng.pick(items));

/**
 * A deterministic portfolio of the given size, every record checked by the contract's schemas
 * (test/unit/domain/factories.ts). Same size and seed, same portfolio.
 */
export function syntheticPortfolio(size: PortfolioSize, seed: number): SyntheticPortfolio {
  const prng = createPrng(seed);
  const markets = Array.from({ length: size.markets }, (_, i) =>
    makeMarket({
      name: `Market ${i}`,
      strategicWeight: prng.int(1, 5),
      status: prng.chance(0.9) ? prng.pick(MARKET_STATUSES.filter((s) => s !== 'exit')) : 'exit',
    }),
  );
  const priorities = Array.from({ length: size.priorities }, (_, i) =>
    makePriority({
      marketId: prng.pick(markets).id,
      title: `Priority ${i}`,
      layer: prng.pick(LAYERS),
      importance: prng.int(1, 5),
      status: prng.pick(PRIORITY_STATUSES),
    }),
  );
  const solutions = Array.from({ length: size.solutions }, (_, i) =>
    makeSolution({
      name: `Solution ${i}`,
      priorityIds: [...new Set(pickMany(prng, priorities, prng.int(1, 3)).map((p) => p.id))],
      horizon: prng.pick(HORIZONS),
      status: prng.pick(SOLUTION_STATUSES),
    }),
  );
  const products = Array.from({ length: size.products }, (_, i) => makeProduct(projectKeyAt(i)));
  const epicsPerProduct = Math.ceil((size.contributions / size.products) * EPICS_PER_CONTRIBUTION);
  const epicId = (productIndex: number, n: number) => String(100000 + productIndex * epicsPerProduct + n);

  const contributions: Contribution[] = Array.from({ length: size.contributions }, () => {
    const productIndex = prng.int(0, size.products - 1);
    const n = prng.int(1, epicsPerProduct);
    const total = prng.int(0, 12);
    return makeContribution({
      solutionId: prng.pick(solutions).id,
      epicKey: `${products[productIndex].projectKey}-${n}`,
      epicId: epicId(productIndex, n),
      snapshot: {
        statusCategory: prng.pick(STATUS_CATEGORIES),
        children: { total, done: prng.int(0, total), inProgress: 0 },
      },
    });
  });
  const openEpicIds = new Map(
    products.map((p, productIndex) => [
      p.projectId,
      Array.from({ length: epicsPerProduct }, (_, n) => epicId(productIndex, n + 1)).filter(() =>
        prng.chance(OPEN_SHARE),
      ),
    ]),
  );
  return { data: { markets, priorities, solutions, contributions }, products, openEpicIds };
}

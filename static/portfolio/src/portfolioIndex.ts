import type { MarketSummary, PortfolioSummary, ProductSummary, SolutionBrief } from '../../../src/contract';

/** Lookups the tabs need again and again, built once per summary. */
export interface PortfolioIndex {
  market: Map<string, MarketSummary>;
  solution: Map<string, SolutionBrief>;
  /** Products the summary names (matrix first page and balance); matrix pages name more. */
  product: Map<string, ProductSummary>;
}

export function buildIndex(summary: PortfolioSummary): PortfolioIndex {
  return {
    market: new Map(summary.markets.map((market) => [market.id, market])),
    solution: new Map(summary.solutions.map((solution) => [solution.id, solution])),
    product: new Map(summary.products.map((product) => [product.projectId, product])),
  };
}

/** Markets as the page lists them: heaviest first, then by name. */
export function marketsByWeight(markets: MarketSummary[]): MarketSummary[] {
  return [...markets].sort((a, b) => b.strategicWeight - a.strategicWeight || a.name.localeCompare(b.name));
}

/** A product's name as the viewer may see it: projects they cannot browse stay unnamed. */
export function productLabel(product: ProductSummary | undefined): string {
  if (!product || !product.browsable) return 'A project you cannot view';
  return product.displayName || `${product.projectName} (${product.projectKey})`;
}

import type { Market, PortfolioView, Priority, ProductSummary, Solution } from '../../../src/contract';

/** Lookups the views need again and again, built once per load. */
export interface PortfolioIndex {
  market: Map<string, Market>;
  priority: Map<string, Priority>;
  solution: Map<string, Solution>;
  product: Map<string, ProductSummary>;
  priorityScore: Map<string, number>;
  /** Priority id → the solutions addressing it. */
  solutionsByPriority: Map<string, Solution[]>;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function buildIndex(view: PortfolioView): PortfolioIndex {
  const solutionsByPriority = new Map<string, Solution[]>();
  for (const solution of view.solutions) {
    for (const priorityId of solution.priorityIds) {
      solutionsByPriority.set(priorityId, [...(solutionsByPriority.get(priorityId) ?? []), solution]);
    }
  }
  return {
    market: byId(view.markets),
    priority: byId(view.priorities),
    solution: byId(view.solutions),
    product: new Map(view.products.map((product) => [product.projectId, product])),
    priorityScore: new Map(view.priorityScores.map((entry) => [entry.priorityId, entry.score])),
    solutionsByPriority,
  };
}

/** A product's name as the viewer may see it: projects they cannot browse stay unnamed. */
export function productLabel(product: ProductSummary | undefined): string {
  if (!product || !product.browsable) return 'A project you cannot view';
  return product.displayName || `${product.projectName} (${product.projectKey})`;
}

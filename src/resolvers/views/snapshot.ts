import type { Product, Settings, Solution } from '../../contract';
import type { PortfolioData } from '../../domain';

/**
 * What a view reads from storage: the records around what it shows (never every record of the
 * portfolio) and, for the "link to a solution" pickers, every solution's name and status.
 */
export interface StoredPortfolio extends PortfolioData {
  settings: Settings;
  products: readonly ProductLike[];
  allSolutions: readonly Pick<Solution, 'id' | 'name' | 'status'>[];
}

/** The product record for a project, or one made from what a contribution knows when none is stored yet. */
export type ProductLike = Pick<
  Product,
  'projectId' | 'projectKey' | 'projectName' | 'displayName' | 'productLine'
> & {
  version: number | null;
};

/**
 * Every project that is a product: stored product records plus projects that contribute but have
 * no record (links made before linking created records, or a restored backup without them): their
 * Jira name is not stored, so the key stands in for it until the next link or save in that project.
 */
export function knownProducts(data: Pick<StoredPortfolio, 'products' | 'contributions'>): ProductLike[] {
  const byId = new Map<string, ProductLike>(data.products.map((p) => [p.projectId, p]));
  for (const c of data.contributions) {
    if (byId.has(c.projectId)) continue;
    byId.set(c.projectId, {
      projectId: c.projectId,
      projectKey: c.projectKey,
      projectName: c.projectKey,
      displayName: '',
      productLine: '',
      version: null,
    });
  }
  return [...byId.values()];
}

import type { Contribution, Product, ProductBalance, Solution } from '../contract';
import { groupBy, isLiveSolution, productName } from './rules';

/**
 * How far a product's share of growth work may sit from the target and still be "on target".
 * Boundaries are inclusive: with target 0.6, shares 0.55 and 0.65 are on target.
 */
export const BALANCE_TOLERANCE = 0.05;
/** Absorbs floating-point noise (0.6 - 0.05 is 0.5499999999999999) so the boundaries stay inclusive. */
const EPSILON = 1e-9;

/**
 * Balance of one product: of its open epics, how many serve a solution (growth) versus the rest
 * (incremental), against the portfolio target.
 *
 * - `openEpicIds`: ids of the product's epics whose status category is not done (the caller reads
 *   them from Jira or the snapshots); duplicates are counted once.
 * - growth = open epics contributing to at least one solution that is not dropped (delivered still
 *   counts: the epic was growth work). Contributions to solutions not passed in are ignored.
 * - verdict: `no-open-epics` with none; else `below` / `above` when the share is more than
 *   BALANCE_TOLERANCE away from the target, else `on-target`.
 */
export function productBalance(
  product: Pick<Product, 'projectId' | 'projectKey' | 'projectName' | 'displayName'>,
  openEpicIds: readonly string[],
  contributions: readonly Contribution[],
  solutions: readonly Solution[],
  target: number,
): ProductBalance {
  const liveSolutionIds = new Set(solutions.filter(isLiveSolution).map((s) => s.id));
  const growthEpicIds = new Set(
    contributions.filter((c) => liveSolutionIds.has(c.solutionId)).map((c) => c.epicId),
  );
  const open = new Set(openEpicIds);
  const growth = [...open].filter((epicId) => growthEpicIds.has(epicId)).length;
  const share = open.size === 0 ? null : growth / open.size;
  return {
    projectId: product.projectId,
    projectKey: product.projectKey,
    name: productName(product),
    openEpics: open.size,
    growth,
    incremental: open.size - growth,
    share,
    target,
    verdict: balanceVerdict(share, target),
  };
}

/**
 * Balance of several products at once. Each product is given only its own contributions, so the
 * cost grows with products + contributions, not products × contributions.
 */
export function portfolioBalance(
  products: readonly Pick<Product, 'projectId' | 'projectKey' | 'projectName' | 'displayName'>[],
  openEpicIds: ReadonlyMap<string, readonly string[]>,
  contributions: readonly Contribution[],
  solutions: readonly Solution[],
  target: number,
): ProductBalance[] {
  const byProject = groupBy(contributions, (c) => c.projectId);
  return products.map((p) =>
    productBalance(
      p,
      openEpicIds.get(p.projectId) ?? [],
      byProject.get(p.projectId) ?? [],
      solutions,
      target,
    ),
  );
}

export function balanceVerdict(share: number | null, target: number): ProductBalance['verdict'] {
  if (share === null) return 'no-open-epics';
  if (share < target - BALANCE_TOLERANCE - EPSILON) return 'below';
  if (share > target + BALANCE_TOLERANCE + EPSILON) return 'above';
  return 'on-target';
}

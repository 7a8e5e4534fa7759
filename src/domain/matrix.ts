import type { Contribution, MatrixCell, MatrixRow, Solution } from '../contract';
import { compareText } from './order';
import { productReadiness, solutionReadiness } from './readiness';
import { groupBy } from './rules';
import type { IsVisible } from './types';

/**
 * The contribution matrix: one row per solution, one cell per product the viewer can see.
 *
 * Privacy rule (PRODUCT.md "Who may do what"): keys and titles of epics the viewer cannot browse
 * never leave this function; those contributions are only counted in `hiddenCount`. The numbers
 * are not secret, so `integrationIndex`, each cell's `readiness` and the row's `readiness` are
 * computed over ALL contributions, visible or not: everyone sees the same readiness for a
 * solution, whatever they may browse. The weakest product's key is withheld when the viewer can
 * see none of its epics.
 *
 * Rows keep the order of `solutions` (the caller chooses: ranking, name…); cells are sorted by
 * project key and a cell's contributions by epic key. Contributions of solutions not passed in
 * are ignored.
 */
export function buildMatrix(
  solutions: readonly Solution[],
  contributions: readonly Contribution[],
  isVisible: IsVisible,
): MatrixRow[] {
  const bySolution = groupBy(contributions, (c) => c.solutionId);
  return solutions.map((solution) => matrixRow(solution.id, bySolution.get(solution.id) ?? [], isVisible));
}

function matrixRow(
  solutionId: string,
  contributions: readonly Contribution[],
  isVisible: IsVisible,
): MatrixRow {
  const byProduct = groupBy(contributions, (c) => c.projectId);
  const cells: MatrixCell[] = [];
  let hiddenCount = 0;
  for (const [projectId, all] of byProduct) {
    const visible = all.filter((c) => isVisible(c));
    hiddenCount += all.length - visible.length;
    if (visible.length === 0) continue;
    cells.push({
      projectId,
      contributions: [...visible].sort((a, b) => compareText(a.epicKey, b.epicKey)),
      readiness: productReadiness(all),
    });
  }
  cells.sort((a, b) => compareText(a.contributions[0].projectKey, b.contributions[0].projectKey));
  const integrationIndex = byProduct.size;
  return {
    solutionId,
    integrationIndex,
    singleProduct: integrationIndex === 1,
    cells,
    readiness: solutionReadiness(contributions, isVisible),
    hiddenCount,
  };
}

import { useMemo } from 'react';
import type { MatrixRow, PortfolioView, ProductSummary, Solution } from '../../../../src/contract';
import type { PortfolioIndex } from '../portfolioIndex';

export interface MatrixLine {
  row: MatrixRow;
  solution: Solution;
  rank: number | null;
  score: number;
}

export interface MatrixModel {
  /** Products with at least one visible contribution, in key order: the matrix's columns. */
  columns: ProductSummary[];
  /** Solutions in ranking order: the matrix's rows. */
  lines: MatrixLine[];
}

export function buildMatrix(view: PortfolioView, index: PortfolioIndex): MatrixModel {
  const ranking = new Map(view.ranking.map((entry) => [entry.solutionId, entry]));
  const lines = view.matrix
    .flatMap((row) => {
      const solution = index.solution.get(row.solutionId);
      const ranked = ranking.get(row.solutionId);
      return solution ? [{ row, solution, rank: ranked?.rank ?? null, score: ranked?.score ?? 0 }] : [];
    })
    .sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.solution.name.localeCompare(b.solution.name),
    );
  const used = new Set(
    view.matrix.flatMap((row) =>
      row.cells.filter((cell) => cell.contributions.length > 0).map((cell) => cell.projectId),
    ),
  );
  const columns = view.products
    .filter((product) => used.has(product.projectId))
    .sort((a, b) => a.projectKey.localeCompare(b.projectKey));
  return { columns, lines };
}

/** The matrix as rows (solutions by rank) and columns (contributing products). */
export function useMatrix(view: PortfolioView, index: PortfolioIndex): MatrixModel {
  return useMemo(() => buildMatrix(view, index), [view, index]);
}

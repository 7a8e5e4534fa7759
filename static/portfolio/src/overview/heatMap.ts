import type {
  CellSummary,
  MatrixRowSummary,
  PortfolioSummary,
  SolutionBrief,
} from '../../../../src/contract';

/** The overview's readiness picture: the first solutions by rank × the products most of them need. */
export interface HeatMap {
  rows: { solution: SolutionBrief; row: MatrixRowSummary; cells: Map<string, CellSummary> }[];
  /** Product (project) ids, the ones most of the shown solutions need first. */
  columns: string[];
  /** Products the shown solutions need that have no column here. */
  productsLeftOut: number;
  /** Live solutions in the portfolio, shown or not. */
  solutionsTotal: number;
}

const HEAT_MAP_ROWS = 8;
const HEAT_MAP_COLUMNS = 8;

/**
 * From the landing's first matrix page only (ranking order), so the picture costs no call: the
 * top `maxRows` live solutions, and as columns the products that contribute to most of them (ties
 * by id, so the same portfolio always draws the same picture). At 500 solutions × 500 products it
 * is still `maxRows` × `maxColumns` cells, with how many were left out said beside it.
 */
export function heatMap(
  summary: Pick<PortfolioSummary, 'matrix' | 'solutions'>,
  maxRows = HEAT_MAP_ROWS,
  maxColumns = HEAT_MAP_COLUMNS,
): HeatMap {
  const byId = new Map(summary.solutions.map((s) => [s.id, s]));
  const live = summary.solutions.filter((s) => s.status !== 'dropped');
  const rows = summary.matrix.items
    .map((row) => ({ row, solution: byId.get(row.solutionId) }))
    .filter(
      (r): r is { row: MatrixRowSummary; solution: SolutionBrief } =>
        !!r.solution && r.solution.status !== 'dropped',
    )
    .slice(0, maxRows)
    .map(({ row, solution }) => ({ row, solution, cells: new Map(row.cells.map((c) => [c.projectId, c])) }));
  const need = new Map<string, number>();
  for (const { row } of rows)
    for (const cell of row.cells) need.set(cell.projectId, (need.get(cell.projectId) ?? 0) + 1);
  const ordered = [...need].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  return {
    rows,
    columns: ordered.slice(0, maxColumns),
    productsLeftOut: Math.max(0, ordered.length - maxColumns),
    solutionsTotal: live.length,
  };
}

/** Readiness in three bands a glance can tell apart; the number is always printed in the cell too. */
export type Heat = 'low' | 'mid' | 'high';
export function heatOf(readiness: number): Heat {
  if (readiness < 0.34) return 'low';
  if (readiness < 0.67) return 'mid';
  return 'high';
}

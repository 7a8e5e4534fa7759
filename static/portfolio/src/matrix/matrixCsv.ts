import type { MatrixRowSummary, ProductSummary, SolutionBrief } from '../../../../src/contract';
import { percent } from '../../../shared/format';
import { productLabel } from '../portfolioIndex';

const HEADER = [
  'Rank',
  'Solution',
  'Status',
  'Products (epics)',
  'Linked epics',
  'Open epics',
  'Integration index',
  'Single product',
  'Weakest readiness',
  'Weakest product',
  'Average readiness',
];

/** Quotes a cell so commas, quotes and line breaks survive (RFC 4180); a leading =+-@ is defused for spreadsheets. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The contribution matrix as CSV, from the counts every viewer sees alike: per solution, the
 * products with their epic counts (projects the viewer cannot browse stay unnamed), totals and
 * readiness. Epic keys are not in it: they are a drill-down, checked epic by epic.
 */
export function matrixCsv(
  rows: MatrixRowSummary[],
  solutions: ReadonlyMap<string, SolutionBrief>,
  products: ReadonlyMap<string, ProductSummary>,
): string {
  const lines = rows.flatMap((row) => {
    const solution = solutions.get(row.solutionId);
    if (!solution) return [];
    const cells = row.cells.filter((cell) => cell.epics > 0);
    return [
      [
        solution.rank ?? '',
        solution.name,
        solution.status,
        cells.map((cell) => `${productLabel(products.get(cell.projectId))}: ${cell.epics}`).join('; '),
        row.epics,
        cells.reduce((sum, cell) => sum + cell.openEpics, 0),
        row.integrationIndex,
        row.singleProduct ? 'yes' : 'no',
        percent(row.readiness.weakest),
        row.readiness.weakestProjectKey ?? '',
        percent(row.readiness.average),
      ],
    ];
  });
  return [HEADER, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

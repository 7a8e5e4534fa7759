import type { PortfolioView } from '../../../../src/contract';
import { percent } from '../../../shared/format';
import { productLabel, type PortfolioIndex } from '../portfolioIndex';
import { buildMatrix } from './useMatrix';

const HEADER = [
  'Rank',
  'Solution',
  'Status',
  'Products',
  'Epic keys',
  'Hidden contributions',
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

/** The contribution matrix as CSV: only what the viewer may see; hidden contributions as counts. */
export function matrixCsv(view: PortfolioView, index: PortfolioIndex): string {
  const { lines } = buildMatrix(view, index);
  const rows = lines.map(({ row, solution, rank }) => {
    const visible = row.cells.filter((cell) => cell.contributions.length > 0);
    return [
      rank ?? '',
      solution.name,
      solution.status,
      visible.map((cell) => productLabel(index.product.get(cell.projectId))).join('; '),
      visible.flatMap((cell) => cell.contributions.map((c) => c.epicKey)).join('; '),
      row.hiddenCount,
      row.integrationIndex,
      row.singleProduct ? 'yes' : 'no',
      percent(row.readiness.weakest),
      row.readiness.weakestProjectKey ?? '',
      percent(row.readiness.average),
    ];
  });
  return [HEADER, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Builds the file in the browser and hands it to the user as a download. */
export function downloadMatrixCsv(view: PortfolioView, index: PortfolioIndex): void {
  const blob = new Blob(['\uFEFF', matrixCsv(view, index)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `market-layer-matrix-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

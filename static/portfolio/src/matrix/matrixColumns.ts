import type { MatrixRowSummary, ProductSummary } from '../../../../src/contract';
import { productLabel } from '../portfolioIndex';

export interface MatrixColumn {
  projectId: string;
  label: string;
}

/**
 * The matrix's columns: every product with epics in the rows loaded so far. Named products by
 * project key, then projects the viewer cannot browse; `pinned` (the product filtered on) first.
 */
export function matrixColumns(
  rows: Iterable<MatrixRowSummary>,
  products: ReadonlyMap<string, ProductSummary>,
  pinned?: string,
): MatrixColumn[] {
  const ids = new Set<string>();
  for (const row of rows) for (const cell of row.cells) if (cell.epics > 0) ids.add(cell.projectId);
  const rank = (id: string) => (id === pinned ? 0 : products.get(id)?.browsable ? 1 : 2);
  const key = (id: string) => (products.get(id)?.browsable ? products.get(id)!.projectKey : id);
  return [...ids]
    .sort((a, b) => rank(a) - rank(b) || key(a).localeCompare(key(b)))
    .map((projectId) => ({ projectId, label: productLabel(products.get(projectId)) }));
}

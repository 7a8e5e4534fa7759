import { useState } from 'react';
import type { MatrixRowSummary } from '../../../../src/contract';
import { MAX_PAGE } from '../../../../src/contract/summary';
import { invoke, toResolverError, useFlag } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { downloadCsv } from './downloadCsv';
import { matrixCsv } from './matrixCsv';

/**
 * Exports the whole matrix (or the filtered product's rows), not only the rows scrolled to: the
 * summary's first page, then the rest in pages of MAX_PAGE. 500 solutions take three calls.
 */
export function useMatrixExport(projectId: string | null): { run: () => Promise<void>; pending: boolean } {
  const { summary, index } = usePortfolio();
  const flag = useFlag();
  const [pending, setPending] = useState(false);

  const run = async () => {
    setPending(true);
    try {
      const rows: MatrixRowSummary[] = projectId ? [] : [...summary.matrix.items];
      const products = new Map(index.product);
      let total = projectId ? Number.POSITIVE_INFINITY : summary.matrix.total;
      while (rows.length < total) {
        const page = await invoke('portfolio.matrix', {
          offset: rows.length,
          limit: MAX_PAGE,
          ...(projectId ? { projectId } : {}),
        });
        rows.push(...page.rows.items);
        total = page.rows.total;
        for (const product of page.products) products.set(product.projectId, product);
        if (page.rows.items.length === 0) break;
      }
      const day = new Date().toISOString().slice(0, 10);
      downloadCsv(matrixCsv(rows, index.solution, products), `market-layer-matrix-${day}.csv`);
    } catch (thrown) {
      flag('The matrix could not be exported', {
        appearance: 'error',
        description: toResolverError(thrown).message,
      });
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
}

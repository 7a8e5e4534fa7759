import { Stack } from '@atlaskit/primitives';
import { useCallback, useState } from 'react';
import type { ProductSummary } from '../../../../src/contract';
import { productLabel } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MatrixBody } from './MatrixBody';
import { MatrixToolbar } from './MatrixToolbar';

/**
 * Solutions (by rank) × products, as counts: how many epics each product contributes and how
 * ready; a cell opens its epics. Rows come from the summary's first page and `portfolio.matrix`.
 */
export function ContributionMatrix() {
  const { index } = usePortfolio();
  const [projectId, setProjectId] = useState<string | null>(null);
  const [known, setKnown] = useState<ReadonlyMap<string, ProductSummary>>(index.product);

  const remember = useCallback((products: ReadonlyMap<string, ProductSummary>) => {
    setKnown((last) => {
      const fresh = [...products.values()].filter((product) => last.get(product.projectId) !== product);
      return fresh.length ? new Map([...last, ...fresh.map((p) => [p.projectId, p] as const)]) : last;
    });
  }, []);

  return (
    <Stack space="space.200">
      <MatrixToolbar products={known} projectId={projectId} onFilter={setProjectId} />
      <MatrixBody
        // A new filter is a new matrix: its own pages, scrolled to the top.
        key={projectId ?? 'all'}
        projectId={projectId}
        productName={projectId ? productLabel(known.get(projectId)) : null}
        onProducts={remember}
      />
    </Stack>
  );
}

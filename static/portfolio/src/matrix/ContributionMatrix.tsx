import { Stack } from '@atlaskit/primitives';
import { useCallback, useState } from 'react';
import type { ProductSummary } from '../../../../src/contract';
import { productLabel } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { useRouteParam } from '../route/RouteContext';
import { COMPACT, REGULAR } from './layout';
import { MatrixBody } from './MatrixBody';
import { MatrixToolbar } from './MatrixToolbar';

/**
 * Solutions (by rank) × products, as counts: how many epics each product contributes and how
 * ready; a cell opens its epics. Rows come from the summary's first page and `portfolio.matrix`.
 */
export function ContributionMatrix() {
  const { index } = usePortfolio();
  // The product filter is in the URL (`?product=<project id>`): a product's matrix is a link.
  const [projectId, setProjectId] = useRouteParam('product');
  // Compact or not is in the URL too (`?compact=1`): a link shows the matrix as it was sent.
  const [compact, setCompact] = useRouteParam('compact');
  const layout = compact ? COMPACT : REGULAR;
  const [known, setKnown] = useState<ReadonlyMap<string, ProductSummary>>(index.product);

  const remember = useCallback((products: ReadonlyMap<string, ProductSummary>) => {
    setKnown((last) => {
      const fresh = [...products.values()].filter((product) => last.get(product.projectId) !== product);
      return fresh.length ? new Map([...last, ...fresh.map((p) => [p.projectId, p] as const)]) : last;
    });
  }, []);

  return (
    <Stack space="space.200">
      <MatrixToolbar
        products={known}
        projectId={projectId}
        onFilter={setProjectId}
        compact={layout.compact}
        onCompact={(on) => setCompact(on ? '1' : null)}
      />
      <MatrixBody
        // A new filter is a new matrix: its own pages, scrolled to the top.
        key={projectId ?? 'all'}
        projectId={projectId}
        productName={projectId ? productLabel(known.get(projectId)) : null}
        onProducts={remember}
        layout={layout}
      />
    </Stack>
  );
}

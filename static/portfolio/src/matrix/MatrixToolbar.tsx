import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { ProductSummary } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';
import { ProductFilter } from './ProductFilter';
import { useMatrixExport } from './useMatrixExport';

/** The product filter, the CSV export of what the matrix shows, and linking an epic. */
export function MatrixToolbar({
  products,
  projectId,
  onFilter,
  compact,
  onCompact,
}: {
  products: ReadonlyMap<string, ProductSummary>;
  projectId: string | null;
  onFilter: (projectId: string | null) => void;
  compact: boolean;
  onCompact: (compact: boolean) => void;
}) {
  const { canManage, openDialog, summary } = usePortfolio();
  const exporter = useMatrixExport(projectId);
  return (
    <Inline space="space.150" alignBlock="end" shouldWrap spread="space-between">
      <Inline space="space.150" alignBlock="end">
        <ProductFilter products={products} value={projectId} onChange={onFilter} />
        <Button aria-pressed={compact} onClick={() => onCompact(!compact)}>
          Compact view
        </Button>
      </Inline>
      <Inline space="space.100">
        {canManage && summary.solutions.length > 0 && (
          <Button onClick={() => openDialog({ kind: 'link' })}>Link an epic</Button>
        )}
        {summary.matrix.total > 0 && (
          <Button onClick={() => void exporter.run()} isLoading={exporter.pending}>
            Export matrix (CSV)
          </Button>
        )}
      </Inline>
    </Inline>
  );
}

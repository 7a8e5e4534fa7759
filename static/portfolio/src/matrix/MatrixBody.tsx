import { Stack, Text } from '@atlaskit/primitives';
import { useEffect, useMemo } from 'react';
import type { ProductSummary } from '../../../../src/contract';
import { EmptyState, ErrorState, LoadingState, plural } from '../../../shared';
import type { MatrixLayout } from './layout';
import { matrixColumns } from './matrixColumns';
import { MatrixGrid } from './MatrixGrid';
import { useMatrixRows } from './useMatrixRows';

/** The matrix for one filter (all solutions, or one product's): its loading, error and empty states. */
export function MatrixBody({
  projectId,
  productName,
  onProducts,
  layout,
}: {
  layout: MatrixLayout;
  projectId: string | null;
  productName: string | null;
  /** Products this matrix has named, offered by the filter. */
  onProducts: (products: ReadonlyMap<string, ProductSummary>) => void;
}) {
  const rows = useMatrixRows(projectId);
  const { total, loaded, products, error, retry, ensure } = rows;
  const columns = useMemo(
    () => matrixColumns(loaded, products, projectId ?? undefined),
    [loaded, products, projectId],
  );

  useEffect(() => onProducts(products), [products, onProducts]);
  useEffect(() => {
    // A filtered matrix has no first page in the summary: ask for it before the grid exists.
    if (total === null) ensure(0, 1);
  }, [total, ensure]);

  if (total === null) {
    return error ? (
      <ErrorState error={error} onRetry={retry} />
    ) : (
      <LoadingState label="Loading the matrix…" />
    );
  }
  if (total === 0) {
    return projectId ? (
      <EmptyState
        header="Nothing from this product yet"
        description={`No solution has epics from ${productName}.`}
      />
    ) : (
      <EmptyState
        header="No solutions yet"
        description="Create a solution for a business priority, then link the epics each product contributes."
      />
    );
  }
  return (
    <Stack space="space.100">
      {error && <ErrorState error={error} onRetry={retry} />}
      <Text color="color.text.subtle">
        {plural(total, 'solution')}
        {productName ? ` with epics from ${productName}` : ''}, in ranking order;{' '}
        {plural(columns.length, 'product')} in the rows loaded so far. Open a cell to see its epics.
      </Text>
      <MatrixGrid rows={rows} total={total} columns={columns} layout={layout} />
    </Stack>
  );
}

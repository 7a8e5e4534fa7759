import { useEffect, useMemo, useRef } from 'react';
import { usePortfolio } from '../PortfolioContext';
import { canvasSize, MAX_VIEWPORT_HEIGHT, visibleColumns, visibleRows, type MatrixLayout } from './layout';
import type { MatrixColumn } from './matrixColumns';
import { MatrixHeaderRow } from './MatrixHeaderRow';
import { MatrixRowView, type RowActions } from './MatrixRowView';
import { useScrollViewport } from './useScrollViewport';
import type { MatrixRows } from './useMatrixRows';

/**
 * The matrix as an ARIA table, windowed both ways: the rows and product columns in view (plus a
 * small overscan) are in the page; the rest is empty canvas of the right size, so the scroll bars
 * tell the truth. Scrolling to rows not loaded yet asks for their page.
 */
export function MatrixGrid({
  rows,
  total,
  columns,
  layout,
}: {
  rows: MatrixRows;
  total: number;
  columns: MatrixColumn[];
  layout: MatrixLayout;
}) {
  const { index, canManage, openDialog } = usePortfolio();
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useScrollViewport(scroller);
  const visibleRowRange = visibleRows(viewport, total, layout);
  const visibleColumnRange = visibleColumns(viewport, columns.length, layout);
  const { width, height } = canvasSize(total, columns.length, layout);
  const { ensure } = rows;

  useEffect(() => {
    ensure(visibleRowRange.start, visibleRowRange.end);
  }, [ensure, visibleRowRange.start, visibleRowRange.end]);

  const actions = useMemo<RowActions>(
    () => ({
      canManage,
      onLink: (solutionId) => openDialog({ kind: 'link', solutionId }),
      onOpenCell: (solutionId, column) =>
        openDialog({ kind: 'cell', solutionId, projectId: column.projectId, productName: column.label }),
    }),
    [canManage, openDialog],
  );

  const shown = [];
  for (let at = visibleRowRange.start; at < visibleRowRange.end; at++) {
    const row = rows.rowAt(at);
    shown.push(
      <MatrixRowView
        key={row?.solutionId ?? `row-${at}`}
        index={at}
        width={width}
        row={row}
        solution={row ? index.solution.get(row.solutionId) : undefined}
        columns={columns}
        firstColumn={visibleColumnRange.start}
        endColumn={visibleColumnRange.end}
        actions={actions}
        layout={layout}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      role="region"
      aria-label="Contribution matrix, scrolls both ways"
      tabIndex={0}
      style={{ overflow: 'auto', maxHeight: MAX_VIEWPORT_HEIGHT, position: 'relative' }}
    >
      <div
        role="table"
        aria-label="Contribution matrix"
        aria-rowcount={total + 1}
        aria-colcount={3 + columns.length}
        style={{ position: 'relative', width, height }}
      >
        <MatrixHeaderRow
          width={width}
          columns={columns}
          firstColumn={visibleColumnRange.start}
          endColumn={visibleColumnRange.end}
          layout={layout}
        />
        <div role="rowgroup" style={{ position: 'relative', height: height - layout.headerHeight }}>
          {shown}
        </div>
      </div>
    </div>
  );
}

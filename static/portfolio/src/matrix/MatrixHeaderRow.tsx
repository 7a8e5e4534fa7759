import { memo } from 'react';
import { headerRowStyle, headerText, placedCell, stickyCell } from './cellStyles';
import { productsLeft, type MatrixLayout } from './layout';
import type { MatrixColumn } from './matrixColumns';

/** Column headers: solution, integration, readiness, then the product columns in view. */
export const MatrixHeaderRow = memo(function MatrixHeaderRow({
  width,
  columns,
  firstColumn,
  endColumn,
  layout,
}: {
  width: number;
  columns: MatrixColumn[];
  firstColumn: number;
  endColumn: number;
  layout: MatrixLayout;
}) {
  const { headerHeight, nameWidth, integrationWidth, readinessWidth, productWidth } = layout;
  const header = (left: number, cellWidth: number) => ({
    ...placedCell(left, cellWidth, headerHeight),
    display: 'flex',
    alignItems: 'flex-end',
  });
  return (
    <div role="rowgroup" style={headerRowStyle(width, headerHeight)}>
      <div role="row" aria-rowindex={1} style={{ position: 'relative', height: '100%' }}>
        <div
          role="columnheader"
          aria-colindex={1}
          style={{ ...stickyCell(headerHeight, layout), display: 'flex', alignItems: 'flex-end' }}
        >
          <span style={headerText}>Solution</span>
        </div>
        <div role="columnheader" aria-colindex={2} style={header(nameWidth, integrationWidth)}>
          <span style={headerText}>Integration</span>
        </div>
        <div
          role="columnheader"
          aria-colindex={3}
          style={header(nameWidth + integrationWidth, readinessWidth)}
        >
          <span style={headerText}>Readiness</span>
        </div>
        {columns.slice(firstColumn, endColumn).map((column, at) => {
          const index = firstColumn + at;
          return (
            <div
              role="columnheader"
              aria-colindex={4 + index}
              key={column.projectId}
              style={header(productsLeft(layout) + index * productWidth, productWidth)}
              title={column.label}
            >
              <span style={headerText}>{column.label}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
});
